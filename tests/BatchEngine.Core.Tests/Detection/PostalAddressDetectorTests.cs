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

public sealed class PostalAddressFormsAndCountriesTests
{
    [Theory]
    [InlineData("Address: 1234 Elm Street, Apt. 5\nPhone: (555) 010-9999", "1234 Elm Street, Apt. 5")]          // a labelled street line
    [InlineData("Mailing address\nP.O. Box 1457\nTulsa, OK 74101", "P.O. Box 1457\nTulsa, OK 74101")]
    [InlineData("send to PO Box 88 please", "PO Box 88")]
    [InlineData("Address: 55 Oak Road\nCity: Springfield\nState: IL\nZip: 62704\n", "55 Oak Road\nCity: Springfield\nState: IL\nZip: 62704")]
    [InlineData("10 Downing Street\nLondon SW1A 2AA", "10 Downing Street\nLondon SW1A 2AA")]
    [InlineData("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin")]
    [InlineData("12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris")]
    [InlineData("Keizersgracht 123\n1015 CJ Amsterdam", "Keizersgracht 123\n1015 CJ Amsterdam")]
    [InlineData("290 Bremner Blvd\nToronto, ON M5V 3L9", "290 Bremner Blvd\nToronto, ON M5V 3L9")]
    [InlineData("Jane Doe\n742 Evergreen Terrace\n", "742 Evergreen Terrace")]                                     // a street line on its own line
    public void Finds_addresses_as_forms_and_letters_print_them(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PostalAddressFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("Address: ____________\nCity: ______ Zip: _____")]       // a blank form
    [InlineData("The box held 12 items, see Post 5.")]
    [InlineData("We rode 30 km along Hauptstraße in 2019.")]
    public void Rejects_non_addresses(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, PostalAddressFinder.Type));
    }
}
