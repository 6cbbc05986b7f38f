using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for PhoneFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioPhoneTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_phone_recognizer.py (commit 53e01965186d): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "My US number is (415) 555-0132, and my international one is +1 415 555 0132", 2, [16, 30, 60, 75] },
        { "My Israeli number is 09-7625400", 1, [21, 31] },
        { "_: (415)555-0132", 1, [3, 16] },
        { "United States: (415)555-0132", 1, [15, 28] },
        { "US: 415-555-0132", 1, [4, 16] },
        { "_: +55 11 98456 5666", 1, [3, 20] },
        { "Brazil: +55 11 98456 5666", 1, [8, 25] },
        { "BR: +55 11 98456 5666", 1, [4, 21] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, PhoneFinder.Type, matches, spans);
}
