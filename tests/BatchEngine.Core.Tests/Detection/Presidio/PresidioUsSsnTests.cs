using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for SsnFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUsSsnTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_us_ssn_recognizer.py (commit 7e2442ff3f16): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "078-05-1123", 1, [0, 11] },
        { "078.05.1123", 1, [0, 11] },
        { "078 05 1123", 1, [0, 11] },
        { "abc 078 05 1123 abc", 1, [4, 15] },
        { "0780511201", 0, [] },
        { "078051120", 0, [] },
        { "000000000", 0, [] },
        { "666000000", 0, [] },
        { "078-05-0000", 0, [] },
        { "078 00 1123", 0, [] },
        { "693-09.4444", 0, [] },
    };

    // Cases of test_us_ssn_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 2 match(es) [0, 10, 11, 21].
        { "078-051121 07805-1121", 0, [], "Presidio scores these 0-0.3 (very weak); an SSN is printed 3-2-4, so other groupings are not reported" },
        // Presidio: 1 match(es) [0, 9].
        { "078051121", 0, [], "nine bare digits with no label are anything (a zip+4, an order number); like the SSN finder, this one needs a label word" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, SsnFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, SsnFinder.Type, matches, spans);
    }
}
