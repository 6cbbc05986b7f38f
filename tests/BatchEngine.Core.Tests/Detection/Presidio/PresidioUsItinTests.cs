using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for ItinFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUsItinTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_us_itin_recognizer.py (commit 60a9901c6a70): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "911-70-1234", 1, [0, 11] },
        { "911-53-1234", 1, [0, 11] },
        { "911-64-1234", 1, [0, 11] },
        { "911-89-1234", 0, [] },
        { "my tax id 911-89-1234", 0, [] },
    };

    // Cases of test_us_itin_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 2 match(es) [0, 10, 11, 21].
        { "911-701234 91170-1234", 0, [], "Presidio scores these 0-0.3 (very weak); an ITIN is printed 3-2-4, so other groupings are not reported" },
        // Presidio: 1 match(es) [0, 9].
        { "911701234", 0, [], "nine bare digits with no label are anything (a zip+4, an order number); like the SSN finder, this one needs a label word" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, ItinFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, ItinFinder.Type, matches, spans);
    }
}
