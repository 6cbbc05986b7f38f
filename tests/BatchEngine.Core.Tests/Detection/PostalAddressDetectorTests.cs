using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class PostalAddressDetectorTests
{
    [Theory]
    [InlineData("Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 today", "1600 Pennsylvania Avenue NW, Washington, DC 20500")]
    [InlineData("Home: 742 Evergreen Terrace, Springfield, OR 97403", "742 Evergreen Terrace, Springfield, OR 97403")]
    [InlineData("123 Main St., Apt 4B, Springfield, IL 62704-1234.", "123 Main St., Apt 4B, Springfield, IL 62704-1234")]
    [InlineData("1 Infinite Loop\nCupertino, CA 95014", "1 Infinite Loop\nCupertino, CA 95014")]
    [InlineData("350 5th Avenue, New York, NY 10118", "350 5th Avenue, New York, NY 10118")]
    public void Finds_street_city_state_zip(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PostalAddressFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("We tested 1600 samples on Main Street last year")]      // no city, state and ZIP
    [InlineData("1600 Pennsylvania Avenue NW, Washington")]              // no state and ZIP
    [InlineData("Table 3 Results, Boston, MA 02115")]                     // no street type
    [InlineData("1600 Pennsylvania Avenue, Washington, XX 20500")]        // not a state
    [InlineData("In 2019 the team moved to a new office.")]
    public void Rejects_partial_addresses(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, PostalAddressFinder.Type));
    }
}
