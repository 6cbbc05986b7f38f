using BatchEngine.Serialization;
using System.Globalization;
using BatchEngine.AI.Answers;
using BatchEngine.AI.Calls;
using BatchEngine.AI.Prompting;
using BatchEngine.Classification;

namespace BatchEngine.AI.Decision;

/// <summary>
/// Puts the rules' answer and the models' answers together. Two models that agree give that answer; two that
/// disagree give the more restrictive one and a review, with both answers kept. The safety floor then decides how
/// far the models may move the rules' category. Any doubt (a disagreement, a refused lowering, a check that could
/// not run, a low confidence) flags the document for review; the rules' own reasons for review stay.
/// </summary>
internal static class AnswerCombiner
{
    public const string ModelSource = "chat-model";

    public static ClassificationResult Combine(
        ClassificationResult rules,
        ModelCallResult first,
        ModelCallResult? check,
        ChatClassifierOptions options,
        double reviewThreshold)
    {
        var primary = first.Verdict!;
        var answers = new List<ModelAnswer> { Answer(first, ModelEndpoint.ClassifyRole) };
        var notes = new List<string>();
        var tags = new List<string>(rules.SecondaryTags);
        var review = rules.RequiresReview;

        var category = primary.Category;
        var confidence = primary.Confidence;
        if (check?.Verdict is { } second)
        {
            answers.Add(Answer(check, ModelEndpoint.CheckRole));
            if (second.Category == primary.Category)
            {
                confidence = Math.Max(primary.Confidence, second.Confidence);
                notes.Add($"The checking model {check.Model} agreed.");
            }
            else
            {
                category = SafetyFloor.MoreRestrictive(primary.Category, second.Category);
                confidence = Math.Min(primary.Confidence, second.Confidence);
                review = true;
                tags.Add("AI:Disagreement");
                notes.Add($"The checking model {check.Model} answered {WireWords.Of(second.Category)}, the first {WireWords.Of(primary.Category)}: the more restrictive stands and a person should decide.");
            }
        }
        else if (check is { Problem: { } problem })
        {
            review = true;
            tags.Add("AI:CheckUnavailable");
            notes.Add($"The checking model {check.Model} could not check the answer ({problem}).");
        }

        var floor = SafetyFloor.Apply(rules.FinalCategory, category, options.AllowLoweringRulesCategory);
        var lead = $"The chat model {first.Model} answered {WireWords.Of(category)} ({confidence.ToString("0.00", CultureInfo.InvariantCulture)}): {ModelText.Other(primary.Answer.Explanation, raw: false)}";
        switch (floor.Move)
        {
            case FloorMove.Raised:
                tags.Add("AI:Raised");
                notes.Insert(0, $"{lead} It raised the rules' {WireWords.Of(rules.FinalCategory)}.");
                break;
            case FloorMove.Lowered:
                tags.Add("AI:Lowered");
                review = true;
                notes.Insert(0, $"{lead} It lowered the rules' {WireWords.Of(rules.FinalCategory)} (ChatClassifierOptions.AllowLoweringRulesCategory is on).");
                break;
            case FloorMove.LoweringRefused:
                tags.Add("AI:LoweringRefused");
                review = true;
                notes.Insert(0, $"{lead} That is lower than the rules' {WireWords.Of(rules.FinalCategory)}, which stands: " +
                    (rules.FinalCategory == SensitivityCategory.Unsafe ? "Unsafe is never lowered." : "the model may not lower the rules' category (ChatClassifierOptions.AllowLoweringRulesCategory)."));
                break;
            default:
                notes.Insert(0, $"{lead} It agrees with the rules.");
                break;
        }

        var finalConfidence = floor.Final == category ? confidence : rules.Confidence;
        review |= finalConfidence < reviewThreshold || floor.Final == SensitivityCategory.Unsafe;
        return rules with
        {
            FinalCategory = floor.Final,
            Confidence = Math.Clamp(finalConfidence, 0, 1),
            SecondaryTags = tags.Distinct().ToList(),
            Citations = [.. rules.Citations, .. ModelCitations(primary)],
            Explanation = rules.Explanation + " " + string.Join(" ", notes),
            ContentSafety = Safety(rules.ContentSafety, floor.Final, primary),
            ModelAnswers = answers,
            RequiresReview = review,
        };
    }

    /// <summary>The rules' answer when no model could give one: flagged for review, with the reason.</summary>
    public static ClassificationResult Unavailable(ClassificationResult rules, ModelCallResult failed) => rules with
    {
        SecondaryTags = [.. rules.SecondaryTags, "AI:Unavailable"],
        Explanation = $"{rules.Explanation} The chat model {failed.Model} was unavailable ({failed.Problem}), so this is the rules' answer alone; a person should confirm it.",
        RequiresReview = true,
    };

    private static ModelAnswer Answer(ModelCallResult result, string role) => new()
    {
        Model = result.Model,
        Role = role,
        Category = result.Verdict!.Category,
        Confidence = result.Verdict.Confidence,
        Explanation = ModelText.Other(result.Verdict.Answer.Explanation, raw: false),
        Pages = result.Verdict.CitedPages,
    };

    private static IEnumerable<Citation> ModelCitations(CheckedVerdict verdict) => verdict.Answer.Citations
        .Take(3)
        .Select(c => new Citation(c.Page, ModelText.Other(c.Kind, raw: false), ModelSource) { Origin = ModelSource });

    private static ContentSafety Safety(ContentSafety rules, SensitivityCategory final, CheckedVerdict verdict)
    {
        if (final != SensitivityCategory.Unsafe || rules.IsUnsafe)
        {
            return rules;
        }

        // Unsafe raised by the model alone: its kinds, as short lower-case words.
        var kinds = verdict.Answer.UnsafeContent
            .Select(f => new string(f.Kind.Trim().ToLowerInvariant().Replace(' ', '-').Where(c => char.IsAsciiLetterLower(c) || c == '-').ToArray()))
            .Where(k => k.Length is > 0 and <= 32)
            .Distinct()
            .Take(5)
            .ToList();
        return new ContentSafety { IsUnsafe = true, Categories = kinds.Count > 0 ? kinds : ["model-flagged"] };
    }
}
