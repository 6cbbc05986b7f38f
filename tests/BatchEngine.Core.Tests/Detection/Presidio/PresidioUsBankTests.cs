using BatchEngine.Detection.Pii.Banking;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for BankAccountFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioUsBankTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_us_bank_recognizer.py (commit 7e2442ff3f16): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "1234567", 0, [] },
    };

    // Cases of test_us_bank_recognizer.py where this engine deliberately differs: Presidio's expectation, then ours and why.
    public static TheoryData<string, int, int[], string> Differences => new()
    {
        // Presidio: 1 match(es) [0, 12].
        { "945456787654", 0, [], "Presidio scores any 8-17 digit run 0.05; an account number counts here only after an account label" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, BankAccountFinder.Type, matches, spans);

    [Theory]
    [MemberData(nameof(Differences))]
    public void Differs_from_presidio_as_documented(string text, int matches, int[] spans, string reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        PresidioAssert.Finds(text, BankAccountFinder.Type, matches, spans);
    }
}
