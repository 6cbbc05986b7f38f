using System.Text.Json;
using BatchEngine.Classification;

namespace BatchEngine.AI.Answers;

/// <summary>
/// Turns a model's text into a checked verdict. Malformed JSON, an unknown category, a confidence outside [0, 1] or
/// a page the document does not have make the answer invalid: a failed call, never a result.
/// </summary>
internal static class VerdictReader
{
    public static (CheckedVerdict? Verdict, string? Problem) Read(string? text, IReadOnlySet<int> pages)
    {
        ModelVerdict? verdict;
        try
        {
            verdict = JsonSerializer.Deserialize(Unfence(text ?? string.Empty), AnswerJsonContext.Default.ModelVerdict);
        }
        catch (JsonException)
        {
            return (null, "the answer was not valid JSON");
        }

        if (verdict is null)
        {
            return (null, "the answer was empty");
        }

        if (!TryParseCategory(verdict.Category, out var category))
        {
            return (null, "the answer named no known category");
        }

        if (verdict.Confidence is < 0 or > 1 || double.IsNaN(verdict.Confidence))
        {
            return (null, "the answer's confidence was outside 0 to 1");
        }

        var cited = verdict.Citations.Concat(verdict.PersonalData).Concat(verdict.UnsafeContent).Select(f => f.Page).ToList();
        if (cited.FirstOrDefault(p => !pages.Contains(p), -1) is not -1)
        {
            return (null, "the answer cited a page the document does not have");
        }

        return (new CheckedVerdict(category, verdict.Confidence, verdict, [.. verdict.Citations.Select(c => c.Page).Distinct().Order()]), null);
    }

    /// <summary>Accepts the category words as the HTTP contract writes them, and the enum names.</summary>
    public static bool TryParseCategory(string? text, out SensitivityCategory category)
    {
        category = default;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "PUBLIC": category = SensitivityCategory.Public; return true;
            case "CONFIDENTIAL": category = SensitivityCategory.Confidential; return true;
            case "HIGHLY SENSITIVE" or "HIGHLYSENSITIVE" or "HIGHLY_SENSITIVE": category = SensitivityCategory.HighlySensitive; return true;
            case "UNSAFE": category = SensitivityCategory.Unsafe; return true;
            default: return false;
        }
    }

    /// <summary>Some models wrap JSON in a Markdown code fence even when asked for JSON only.</summary>
    private static string Unfence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var start = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? trimmed[(start + 1)..end] : trimmed;
    }
}

/// <summary>A verdict that passed <see cref="VerdictReader"/>.</summary>
internal sealed record CheckedVerdict(SensitivityCategory Category, double Confidence, ModelVerdict Answer, IReadOnlyList<int> CitedPages);
