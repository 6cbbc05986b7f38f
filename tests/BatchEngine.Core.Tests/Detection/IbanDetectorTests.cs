using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class IbanDetectorTests
{
    [Theory]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 32 please", "GB82 WEST 1234 5698 7654 32")]
    [InlineData("IBAN: GB82WEST12345698765432.", "GB82WEST12345698765432")]
    [InlineData("Konto DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("NO93 8601 1117 947", "NO93 8601 1117 947")]
    public void Finds_valid_ibans(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, IbanFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 33")]      // mod-97 fails
    [InlineData("IBAN GB82 WEST 1234 5698 7654")]         // too short for GB
    [InlineData("IBAN GB82WEST123456987654321")]          // too long for GB
    [InlineData("IBAN ZZ82 WEST 1234 5698 7654 32")]      // unknown country
    [InlineData("IBAN gb82 west 1234 5698 7654 32")]      // lower case is not how IBANs are printed
    [InlineData("XGB82WEST12345698765432")]               // glued to a word
    public void Rejects_look_alikes(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, IbanFinder.Type));
    }

    [Fact]
    public void Snippet_keeps_only_the_last_four_characters()
    {
        var hit = Assert.Single(DetectorHarness.Hits("IBAN GB82 WEST 1234 5698 7654 32 please", IbanFinder.Type));
        Assert.Contains("**** **** **** **** **54 32", hit.Snippet);
        Assert.DoesNotContain("GB82", hit.Snippet);
    }
}
