using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class PaymentCardDetectorTests
{
    [Theory]
    [InlineData("Visa 4111 1111 1111 1111 exp 12/25", "4111 1111 1111 1111")]
    [InlineData("card: 4111-1111-1111-1111.", "4111-1111-1111-1111")]
    [InlineData("pan 4111111111111111", "4111111111111111")]
    [InlineData("Mastercard 5555 5555 5555 4444", "5555 5555 5555 4444")]
    [InlineData("Mastercard 2-series 2223 0031 2200 3222", "2223 0031 2200 3222")]
    [InlineData("Amex 3782 822463 10005", "3782 822463 10005")]
    [InlineData("Amex 371449635398431", "371449635398431")]
    [InlineData("Discover 6011 1111 1111 1117", "6011 1111 1111 1117")]
    [InlineData("Diners 3056 9309 0259 04", "3056 9309 0259 04")]
    [InlineData("JCB 3530 1113 3330 0000", "3530 1113 3330 0000")]
    [InlineData("Visa 13 4222222222222", "4222222222222")]
    [InlineData("paid with 4111 1111 1111 1111 2025 receipt", "4111 1111 1111 1111")]
    public void Finds_valid_card_numbers(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PaymentCardFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1112")]          // Luhn fails
    [InlineData("card 1234 5678 9012 3452")]          // Luhn passes, no issuer starts with 1
    [InlineData("card 4111 1111 1111 11")]            // 14 digits is not a Visa length
    [InlineData("card 41111111111111111111111")]      // too long
    [InlineData("card 4111-1111 1111-1111")]          // mixed separators
    [InlineData("id 94111111111111111")]              // part of a longer number (prefix 9 is no issuer)
    [InlineData("x4111111111111111")]                 // glued to a word
    [InlineData("version 4111.1111.1111.1111")]       // dots are not card separators
    [InlineData("phone (212) 555-0123 and 555-0199")]
    public void Rejects_look_alikes(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, PaymentCardFinder.Type));
    }

    [Fact]
    public void Snippet_keeps_only_the_last_four_digits()
    {
        var hit = Assert.Single(DetectorHarness.Hits("Card 4111-1111-1111-1111 on file", PaymentCardFinder.Type));
        Assert.Contains("****-****-****-1111", hit.Snippet);
    }

    [Fact]
    public void Context_word_raises_confidence()
    {
        var plain = Assert.Single(DetectorHarness.Hits("number 4111 1111 1111 1111 listed", PaymentCardFinder.Type));
        var context = Assert.Single(DetectorHarness.Hits("credit card 4111 1111 1111 1111", PaymentCardFinder.Type));
        Assert.True(context.Confidence > plain.Confidence);
    }
}
