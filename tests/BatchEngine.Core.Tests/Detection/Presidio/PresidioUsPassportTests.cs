using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for PassportFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUsPassportTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_us_passport_recognizer.py (commit 083175d48963): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "my travel document is A12803456", 1, [22, 31] },
        { "my travel passport is A12803456", 1, [22, 31] },
    };

    // Cases of test_us_passport_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [0, 9].
        { "912803456", 0, [], "Presidio scores an unlabelled nine-character token 0-0.15; without a passport word it is an order or account number, so nothing is reported" },
        // Presidio: 1 match(es) [0, 9].
        { "Z12803456", 0, [], "Presidio scores an unlabelled nine-character token 0-0.15; without a passport word it is an order or account number, so nothing is reported" },
        // Presidio: 1 match(es) [0, 9].
        { "A12803456", 0, [], "Presidio scores an unlabelled nine-character token 0-0.15; without a passport word it is an order or account number, so nothing is reported" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, PassportFinder.TypeName, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, PassportFinder.TypeName, matches, spans);
    }
}
