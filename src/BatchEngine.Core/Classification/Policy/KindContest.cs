namespace BatchEngine.Classification.Policy;

/// <summary>
/// Document kinds compete: a document is one kind, read from its structure. When a published kind (a paper, a
/// standard, a template or blank form, a public notice, bulk mail: kinds whose rule says Public) is at least as
/// sure as an internal or personal-record kind, the internal reading is outweighed and dropped: a board-minutes
/// template is a template, not minutes. A surer internal kind keeps its vote, and the published kind then stands
/// against it as conflicting evidence (the document goes to review). Only kinds compete; markings, personal data
/// and credentials are never outweighed by a kind.
/// </summary>
internal static class KindContest
{
    public const string KindFamily = "DocKind:";

    /// <summary>Removes the outweighed kinds from <paramref name="counted"/> and returns them.</summary>
    public static List<Evidence> Settle(List<Evidence> counted)
    {
        double published = counted
            .Where(e => IsKind(e) && e.Category == SensitivityCategory.Public)
            .Select(e => e.Signal.Confidence)
            .DefaultIfEmpty(-1)
            .Max();
        if (published < 0)
        {
            return [];
        }

        List<Evidence> outweighed = counted
            .Where(e => IsKind(e) && e.Category is SensitivityCategory.Confidential or SensitivityCategory.HighlySensitive && e.Signal.Confidence <= published)
            .ToList();
        counted.RemoveAll(outweighed.Contains);
        return outweighed;
    }

    private static bool IsKind(Evidence evidence) => evidence.Signal.Type.StartsWith(KindFamily, StringComparison.Ordinal);
}
