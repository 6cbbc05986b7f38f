using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for CaSinFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioCaSinTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_ca_sin_recognizer.py (commit a5f3339f3941): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "130 692 544", 1, [0, 11] },
        { "435 418 165", 1, [0, 11] },
        { "948 584 792", 1, [0, 11] },
        { "347-677-452", 1, [0, 11] },
        { "731-530-150", 1, [0, 11] },
        { "my SIN is 130-692-544", 1, [10, 21] },
        { "mon NAS: 258 933 688", 1, [9, 20] },
        { "130 692 545", 0, [] },
        { "130692545", 0, [] },
        { "435-418-166", 0, [] },
        { "046 454 286", 0, [] },
        { "812 345 678", 0, [] },
        { "111 111 111", 0, [] },
        { "999 999 999", 0, [] },
        { "046-454 286", 0, [] },
        { "046 454-286", 0, [] },
        { "13069254", 0, [] },
        { "1306925440", 0, [] },
    };

    // Cases of test_ca_sin_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [0, 9].
        { "130692544", 0, [], "Presidio scores these 0-0.3; one nine-digit number in ten passes Luhn, so a bare one counts only after a SIN word" },
        // Presidio: 1 match(es) [0, 9].
        { "550090112", 0, [], "Presidio scores these 0-0.3; one nine-digit number in ten passes Luhn, so a bare one counts only after a SIN word" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, CaSinFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, CaSinFinder.Type, matches, spans);
    }
}
