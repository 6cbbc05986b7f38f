using BatchEngine.Detection.Pii.Banking;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for BankRoutingFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioAbaRoutingTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_aba_routing_recognizer.py (commit 70f52e4bd54e): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "3222-7162-7", 1, [0, 11] },
        { "0711-0130-7", 1, [0, 11] },
        { "421042111", 0, [] },
        { "1234-0000-0", 0, [] },
    };

    // Cases of test_aba_routing_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [0, 9].
        { "121000358", 0, [], "about one nine-digit number in twenty passes the ABA checksum by chance; a bare one counts only near a routing, bank or account word" },
        // Presidio: 1 match(es) [0, 9].
        { "121042882", 0, [], "about one nine-digit number in twenty passes the ABA checksum by chance; a bare one counts only near a routing, bank or account word" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, BankRoutingFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, BankRoutingFinder.Type, matches, spans);
    }
}
