using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// A government or public-body document addressed to the public (a notice, a register, a plan announced to
/// residents, a press release): at least three distinct cues of a public author or a public audience on the
/// page (mayor, city council, residents, public hearing, Federal Register, "notice is hereby given", ...).
/// Its confidence (0.75) is under that of a memo's or an internal policy's own header, so an internal memo
/// that mentions the government stays internal.
/// </summary>
internal sealed class PublicNoticeFinder : IKindFinder
{
    private const int NeededCues = 3;

    private static readonly string[] Cues =
    [
        "mayor", "city council", "citywide", "city-wide", "residents", "resident-", "community engagement", "public works", "public hearing",
        "public comment", "notice is hereby given", "federal register", "ministry of", "municipal", "county of", "department of",
        "official journal", "gazette", "citizens", "taxpayers", "public notice", "for immediate release", "press release", "u.s. copyright office",
        "pub. l.", "government", "the public", "federal ", "parliament", "legislation", "signed into law",
    ];

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page is 0 or > 2)
        {
            return;
        }

        int count = 0, first = -1;
        foreach (string cue in Cues)
        {
            int at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && CharRules.IsWordStart(text, at))
            {
                count++;
                first = first < 0 || at < first ? at : first;
            }
        }

        if (count >= NeededCues)
        {
            found.Add(new Finding(first, 1, DocumentKinds.PublicNotice, 0.75, MaskStyle.None));
        }
    }
}
