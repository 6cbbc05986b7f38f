using BatchEngine.Detection.Pii.NationalIds;

namespace BatchEngine.Tests.Detection;

/// <summary>Passport numbers of other countries than the US, beside a passport word (Presidio's US cases are in Presidio/).</summary>
public sealed class PassportDetectorTests
{
    [Theory]
    [InlineData("Traveller: John Okafor, passport number X1234567, issued 2019.", "X1234567")]
    [InlineData("Canadian passport AB123456 valid to 2031", "AB123456")]
    [InlineData("Numéro de passeport : 12AB34567", "12AB34567")]
    [InlineData("UK passport no. 925076473", "925076473")]
    public void A_passport_number_beside_a_passport_word_is_found(string text, string number)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PassportFinder.TypeName));
        Assert.Equal(number, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("Order number X1234567 shipped 2019.")]
    [InlineData("Passport photos cost 1500 yen; 2019 edition.")]
    [InlineData("passport renewal form DS82 revision 2019")]
    [InlineData("passport 1111111")]
    public void Tokens_without_a_passport_word_or_the_shape_are_not(string text) =>
        Assert.Empty(DetectorHarness.Hits(text, PassportFinder.TypeName));
}
