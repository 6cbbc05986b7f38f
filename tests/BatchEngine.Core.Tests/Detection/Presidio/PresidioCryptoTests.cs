using BatchEngine.Detection.Pii.Crypto;

namespace BatchEngine.Tests.Detection.Presidio;

/// <summary>Presidio's own recognizer cases for CryptoWalletFinder, ported as data (see docs/classification-quality.md).</summary>
public sealed class PresidioCryptoTests
{
    // Source: microsoft/presidio, presidio-analyzer/tests/test_crypto_recognizer.py (commit 0359ea51e17a): text, matches, (start, end) pairs.
    public static TheoryData<string, int, int[]> Cases => new()
    {
        { "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", 1, [0, 34] },
        { "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", 1, [0, 34] },
        { "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", 1, [0, 42] },
        { "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", 1, [0, 62] },
        { "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", 2, [0, 34, 35, 69] },
        { "my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", 1, [22, 56] },
        { "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", 0, [] },
        { "my wallet address is: 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2", 0, [] },
        { "", 0, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Agrees_with_presidio(string text, int matches, int[] spans) =>
        PresidioAssert.Finds(text, CryptoWalletFinder.Type, matches, spans);
}
