using BatchEngine.Serialization;
using System.Globalization;
using System.Text;

namespace BatchEngine.Classification.Policy;

/// <summary>Writes the plain-words explanation of a decision, naming its strongest evidence (masked snippets only).</summary>
internal static class ExplanationWriter
{
    public static string Write(Decision decision)
    {
        var text = new StringBuilder(256);
        text.Append(WireWords.Of(decision.Final)).Append(": ");
        if (decision.Final == SensitivityCategory.Unsafe)
        {
            WriteEvidence(text, decision.Support);
            if (decision.Ladder != SensitivityCategory.Public && decision.LadderSupport.Count > 0)
            {
                text.Append(" Without the safety flag it would be ").Append(WireWords.Of(decision.Ladder)).Append(": ")
                    .Append(Describe(decision.LadderSupport[0])).Append('.');
            }

            text.Append(" Unsafe content is always flagged for review.");
        }
        else if (decision.Final == SensitivityCategory.Public)
        {
            WritePublic(text, decision);
        }
        else
        {
            WriteEvidence(text, decision.Support);
        }

        WriteOutweighed(text, decision);
        if (decision.Conflict is { } conflict)
        {
            text.Append(" Conflicting evidence: ").Append(Describe(conflict)).Append(" says it is public, so it needs review.");
        }

        if (decision.LowConfidence)
        {
            text.Append(CultureInfo.InvariantCulture, $" Confidence {decision.Confidence:0.00} is under the review threshold {decision.ReviewThreshold:0.00}, so it needs review.");
        }

        if (decision.Truncated)
        {
            text.Append(" Only part of the document was read (a size limit stopped reading), so it needs review.");
        }

        AppendReadingReasons(text, decision.ReadingReasons);
        return text.ToString();
    }

    public static string NoText(int pageCount, int imageCount, IReadOnlyList<string> readingReasons)
    {
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture,
            $"No extractable text was found in the document's {pageCount} page(s) ({imageCount} image(s)); it may be scanned without a text layer, so nothing could be checked and it needs review."));
        AppendReadingReasons(text, readingReasons);
        return text.ToString();
    }

    private static void AppendReadingReasons(StringBuilder text, IReadOnlyList<string> reasons)
    {
        foreach (var reason in reasons.Take(3))
        {
            text.Append(' ').Append(reason);
        }

        if (reasons.Count > 0)
        {
            text.Append(" So it needs review.");
        }
    }

    private static void WriteEvidence(StringBuilder text, IReadOnlyList<Evidence> support)
    {
        text.Append(Describe(support[0]));
        if (support.Count > 1)
        {
            string[] others = support.Skip(1).Select(e => e.Reason).Distinct().Take(3).ToArray();
            text.Append(CultureInfo.InvariantCulture, $", with {support.Count - 1} more piece(s) of evidence ({string.Join(", ", others)})");
        }

        text.Append('.');
    }

    private static void WritePublic(StringBuilder text, Decision decision)
    {
        if (decision.Support.Count > 0)
        {
            text.Append(Describe(decision.Support[0])).Append("; no sensitive content was found.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"no sensitive content was found in {decision.PagesRead} page(s) of text.");
        }

        foreach (Records.PersonalRecord record in decision.ExcludedRecords.Take(2))
        {
            text.Append(CultureInfo.InvariantCulture, $" Found {record.Reason} on page {record.Signal.Page}, in {record.Excluded}, which the policy does not count as personal data.");
        }

        // A lone item is "alone"; items that were part of an excluded record were just explained, so only other kinds are listed.
        IEnumerable<Evidence> lone = decision.ExcludedRecords.Count == 0
            ? decision.TagOnly
            : decision.TagOnly.Where(e => !e.Signal.Type.StartsWith("PII:", StringComparison.Ordinal));
        string[] kinds = lone.Select(e => e.Reason).Distinct().Take(3).ToArray();
        if (kinds.Length > 0)
        {
            text.Append(" Found ").Append(string.Join(", ", kinds)).Append(", which alone does not make it sensitive.");
        }

        if (decision.WeakHint is { } weak)
        {
            text.Append(CultureInfo.InvariantCulture, $" A weak hint stayed under the evidence threshold: {Describe(weak)} (confidence {weak.Signal.Confidence:0.00}).");
        }
    }

    /// <summary>Names the kind reading that lost to a published kind, so the reader sees both.</summary>
    private static void WriteOutweighed(StringBuilder text, Decision decision)
    {
        if (decision.Outweighed.Count == 0)
        {
            return;
        }

        string lost = string.Join(", ", decision.Outweighed.Select(e => e.Reason).Distinct().Take(3));
        text.Append(CultureInfo.InvariantCulture, $" It also reads as {lost} (page {decision.Outweighed[0].Signal.Page}), but the published or template reading is at least as sure, so that does not count.");
    }

    private static string Describe(Evidence evidence) => string.Create(
        CultureInfo.InvariantCulture,
        $"{evidence.Reason}{SignalOrigins.Words(evidence.Signal)} on page {evidence.Signal.Page} (\"{evidence.Signal.Snippet}\")");
}
