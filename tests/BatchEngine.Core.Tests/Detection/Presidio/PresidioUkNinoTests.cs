using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for UkNinoFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUkNinoTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_uk_nino_recognizer.py (commit fca825272f62): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "AA 12 34 56 B", 1, [0, 13] },
        { "hh 01 02 03 d", 1, [0, 13] },
        { "tw987654a", 1, [0, 9] },
        { "nino: PR 123612C", 1, [6, 16] },
        { "AA 12 34 56 H", 0, [] },
        { "FQ 00 00 00 C", 0, [] },
        { "BG123612A", 0, [] },
        { "nino: nt 99 88 77 a", 0, [] },
        { "This isn't a valid national insurance number UV 98 76 54 B", 0, [] },
    };

    // Cases of test_uk_nino_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [36, 50].
        { "Here is my National Insurance Number YZ 61 48 68 B", 1, [37, 50], "Presidio's span starts at the space before the number (its pattern takes the leading boundary character); ours starts at the number, since the classifier groups signals by exact position" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, UkNinoFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, UkNinoFinder.Type, matches, spans);
    }
}
