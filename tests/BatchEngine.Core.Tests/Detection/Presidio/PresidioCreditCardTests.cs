using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for PaymentCardFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioCreditCardTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_credit_card_recognizer.py (commit f6a249d94905): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881", 3, [0, 16, 17, 36, 37, 56] },
        { "122000000000003", 1, [0, 15] },
        { "my credit card: 122000000000003", 1, [16, 31] },
        { "371449635398431", 1, [0, 15] },
        { "5555555555554444", 1, [0, 16] },
        { "5019717010103742", 1, [0, 16] },
        { "30569309025904", 1, [0, 14] },
        { "6011000400000000", 1, [0, 16] },
        { "3528000700000000", 1, [0, 16] },
        { "6759649826438453", 1, [0, 16] },
        { "5555555555554444", 1, [0, 16] },
        { "4111111111111111", 1, [0, 16] },
        { "4917300800000000", 1, [0, 16] },
        { "4484070000000000", 1, [0, 16] },
        { "4012-8888-8888-1882", 0, [] },
        { "my credit card number is 4012-8888-8888-1882", 0, [] },
        { "36168002586008", 0, [] },
        { "my credit card number is 36168002586008", 0, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, PaymentCardFinder.Type, matches, spans);
}
