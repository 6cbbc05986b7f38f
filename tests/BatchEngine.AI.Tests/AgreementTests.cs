using BatchEngine.AI.Tests.Support;
using BatchEngine.Classification;

namespace BatchEngine.AI.Tests;

/// <summary>The first model's answer, the second model's check, and the safety floor, through the real OpenAI client.</summary>
public sealed class AgreementTests
{
    [Fact]
    public async Task Two_models_that_agree_give_their_answer_with_both_recorded()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential", 0.93), r, "model-a"));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential", 0.88), r, "model-b"));
        await using var kit = new EngineKit(first.Endpoint, second.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Equal(0.93, result.Confidence, 3);
        Assert.Collection(result.ModelAnswers,
            a => Assert.Equal(("model-a", "classify", SensitivityCategory.Confidential), (a.Model, a.Role, a.Category)),
            a => Assert.Equal(("model-b", "check", SensitivityCategory.Confidential), (a.Model, a.Role, a.Category)));
        Assert.False(result.RequiresReview);
        Assert.Contains("The checking model model-b agreed.", result.Explanation, StringComparison.Ordinal);
        Assert.Contains(result.Citations, c => c.Source == "chat-model" && c.Page == 1);
        var check = Assert.Single(second.Requests);
        Assert.Contains("The answer to check:", check.PromptText, StringComparison.Ordinal);
        Assert.Single(first.Requests);
    }

    [Fact]
    public async Task Two_models_that_disagree_give_the_more_restrictive_answer_for_review_with_both_kept()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential", 0.9), r, "model-a"));
        await using var second = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Highly Sensitive", 0.7), r, "model-b"));
        await using var kit = new EngineKit(first.Endpoint, second.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.True(result.RequiresReview);
        Assert.Contains("AI:Disagreement", result.SecondaryTags);
        Assert.Equal([SensitivityCategory.Confidential, SensitivityCategory.HighlySensitive], result.ModelAnswers.Select(a => a.Category));
        Assert.Equal(["model-a", "model-b"], result.ModelAnswers.Select(a => a.Model));
    }

    [Fact]
    public async Task The_model_may_raise_the_rules_category()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Unsafe", 0.95, unsafeKinds: ["violence"]), r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(SensitivityCategory.Unsafe, result.FinalCategory);
        Assert.True(result.ContentSafety.IsUnsafe);
        Assert.Equal(["violence"], result.ContentSafety.Categories);
        Assert.Contains("AI:Raised", result.SecondaryTags);
        Assert.True(result.RequiresReview);
    }

    [Fact]
    public async Task A_lower_category_than_the_rules_found_is_refused_by_default()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Public", 0.99), r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.True(result.RequiresReview);
        Assert.Contains("AI:LoweringRefused", result.SecondaryTags);
        Assert.Contains("AllowLoweringRulesCategory", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(SensitivityCategory.Public, Assert.Single(result.ModelAnswers).Category);
    }

    [Fact]
    public async Task A_lower_category_is_taken_only_when_the_option_allows_it()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential", 0.9), r));
        await using var kit = new EngineKit(server.Endpoint, configure: o => o.AllowLoweringRulesCategory = true);

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Contains("AI:Lowered", result.SecondaryTags);
        Assert.True(result.RequiresReview);
    }
}
