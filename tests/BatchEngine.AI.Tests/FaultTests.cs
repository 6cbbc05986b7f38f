using BatchEngine.AI.Tests.Support;
using BatchEngine.Classification;

namespace BatchEngine.AI.Tests;

/// <summary>
/// Whatever the model does, the document gets an answer: an invalid answer or an unreachable model leaves the
/// rules' answer, flagged for review with the reason. Short timeouts and delays keep these fast.
/// </summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Malformed_json_is_a_failed_call_and_the_rules_answer_stands_for_review()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer("{\"category\": \"Confidential\", ", r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "not valid JSON");
        Assert.Single(server.Requests); // an invalid answer is not retried
    }

    [Fact]
    public async Task An_unknown_category_is_a_failed_call()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Top Secret"), r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "no known category");
    }

    [Fact]
    public async Task A_page_the_document_does_not_have_is_a_failed_call()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential", page: 7), r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "a page the document does not have");
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Number == 1 ? Reply.Error(429, retryAfter: "1") : Reply.Answer(Verdicts.Of("Highly Sensitive"), r));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        // The backoff is 20 ms: only the server's Retry-After makes the client wait a second.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"retried after {requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_longest_wait_ends_the_retries()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Error(429, retryAfter: "120"));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "retry after 120 s");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_an_answer_after_them_counts()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Number switch
        {
            1 => Reply.Error(500),
            2 => Reply.Error(503),
            _ => Reply.Answer(Verdicts.Of("Confidential"), r),
        });
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(3, server.Requests.Count);
        Assert.Single(result.ModelAnswers);
        Assert.DoesNotContain("AI:Unavailable", result.SecondaryTags);
    }

    [Fact]
    public async Task Server_errors_past_the_retries_leave_the_rules_answer()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Error(500));
        await using var kit = new EngineKit(server.Endpoint, configure: o => o.MaxRetries = 2);

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        AssertRulesAnswerForReview(result, SensitivityCategory.HighlySensitive, "http-500 (3 attempt(s))");
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Error(401));
        await using var kit = new EngineKit(server.Endpoint);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "http-401");
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_hung_response_is_abandoned_at_the_call_timeout()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, delay: TimeSpan.FromSeconds(30)));
        // The fake server records a request once its body has arrived; the timeout leaves room for
        // the retry to get there on a busy 2-core machine (300 ms did not, once in CI).
        await using var kit = new EngineKit(server.Endpoint, configure: o =>
        {
            o.CallTimeout = TimeSpan.FromMilliseconds(1500);
            o.MaxRetries = 1;
        });

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "no answer within the call timeout (2 attempt(s))");
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_document_budget_bounds_all_the_model_work()
    {
        await using var server = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, delay: TimeSpan.FromSeconds(30)));
        await using var kit = new EngineKit(server.Endpoint, configure: o =>
        {
            o.CallTimeout = TimeSpan.FromSeconds(20);
            o.DocumentBudget = TimeSpan.FromMilliseconds(400);
        });

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        AssertRulesAnswerForReview(result, SensitivityCategory.Confidential, "no answer within the call timeout");
    }

    [Fact]
    public async Task An_endpoint_that_is_down_leaves_the_rules_answer()
    {
        await using var kit = new EngineKit(EngineKit.DeadEndpoint(), configure: o => o.MaxRetries = 1);

        var result = await kit.ClassifyTextAsync(Documents.PersonnelRecord);

        AssertRulesAnswerForReview(result, SensitivityCategory.HighlySensitive, "could not be reached");
    }

    [Fact]
    public async Task The_circuit_stops_calling_a_failing_model_and_lets_a_trial_through_later()
    {
        var failing = true;
        await using var server = await FakeChatServer.StartAsync(r => Volatile.Read(ref failing) ? Reply.Error(500) : Reply.Answer(Verdicts.Of("Confidential"), r));
        await using var kit = new EngineKit(server.Endpoint, configure: o =>
        {
            o.MaxRetries = 0;
            o.CircuitFailureThreshold = 2;
            o.CircuitBreakDuration = TimeSpan.FromMilliseconds(500);
        });

        await kit.ClassifyTextAsync(Documents.Memo);
        await kit.ClassifyTextAsync(Documents.Memo);
        var paused = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(2, server.Requests.Count);
        AssertRulesAnswerForReview(paused, SensitivityCategory.Confidential, "calls to it are paused until");

        Volatile.Write(ref failing, false);
        await Task.Delay(600);
        var trial = await kit.ClassifyTextAsync(Documents.Memo);
        Assert.Single(trial.ModelAnswers);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_failed_check_keeps_the_first_answer_for_review()
    {
        await using var first = await FakeChatServer.StartAsync(r => Reply.Answer(Verdicts.Of("Confidential"), r, "model-a"));
        await using var kit = new EngineKit(first.Endpoint, EngineKit.DeadEndpoint(), o => o.MaxRetries = 0);

        var result = await kit.ClassifyTextAsync(Documents.Memo);

        Assert.Equal(SensitivityCategory.Confidential, result.FinalCategory);
        Assert.Equal("model-a", Assert.Single(result.ModelAnswers).Model);
        Assert.True(result.RequiresReview);
        Assert.Contains("AI:CheckUnavailable", result.SecondaryTags);
    }

    private static void AssertRulesAnswerForReview(ClassificationResult result, SensitivityCategory rules, string reason)
    {
        Assert.Equal(rules, result.FinalCategory);
        Assert.True(result.RequiresReview);
        Assert.Empty(result.ModelAnswers);
        Assert.Contains("AI:Unavailable", result.SecondaryTags);
        Assert.Contains("was unavailable", result.Explanation, StringComparison.Ordinal);
        Assert.Contains(reason, result.Explanation, StringComparison.Ordinal);
    }
}
