using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class PhoneDetectorTests
{
    [Theory]
    [InlineData("Call (212) 555-0123 now", "(212) 555-0123")]
    [InlineData("tel 212-555-0123.", "212-555-0123")]
    [InlineData("Office: 212.555.0123", "212.555.0123")]
    [InlineData("Dial 1-800-555-0199 today", "1-800-555-0199")]
    [InlineData("Phone: 2125550123", "2125550123")]
    [InlineData("London +44 20 7946 0958.", "+44 20 7946 0958")]
    [InlineData("Berlin +49 (0)30 901820", "+49 (0)30 901820")]
    [InlineData("US +1 (212) 555-0123", "+1 (212) 555-0123")]
    [InlineData("Paris +33 1 23 45 67 89", "+33 1 23 45 67 89")]
    [InlineData("Mobile 07700 900 123 after six", "07700 900 123")]                // UK, Ofcom's range for fiction
    [InlineData("Stockholm: +46 (0)8 123 456 78.", "+46 (0)8 123 456 78")]
    [InlineData("Appelez le 03.12.34.56.78 demain", "03.12.34.56.78")]
    [InlineData("Desk 212-555-0143x1234 (ask for Ann)", "212-555-0143x1234")]
    [InlineData("Sydney office (02) 9876 5432", "(02) 9876 5432")]
    [InlineData("Call 212-555-0143 ext. 12", "212-555-0143 ext. 12")]
    [InlineData("Berlin 030 901820", "030 901820")]
    [InlineData("Tokyo 03-1234-5678", "03-1234-5678")]
    [InlineData("São Paulo (11) 98456-5666", "(11) 98456-5666")]
    [InlineData("+44 7700 900123 is fictional but possible", "+44 7700 900123")]
    [InlineData("Ring +441632960983", "+441632960983")]
    [InlineData("Tel. 2 digits 020 7946 0958 2019", "020 7946 0958")]             // a trailing year is not part of it
    public void Finds_phone_numbers(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PhoneFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("order 2125550123 shipped")]                       // ten bare digits without a context word
    [InlineData("id 12125550123456")]                              // part of a longer number
    [InlineData("uuid 550e8400-e29b-41d4-a716-446655440000")]      // GUID
    [InlineData("on 2023-01-15 and 15/01/2023 and 01.15.2023")]    // dates
    [InlineData("area 112-555-0123")]                              // area code cannot start with 1
    [InlineData("exchange 212-155-0123")]                          // exchange cannot start with 1
    [InlineData("version 1.212.555.01234")]                        // runs on
    [InlineData("isbn 978-3-16-148410-0")]
    [InlineData("range 212-555-0123-4567")]
    [InlineData("ip 192.168.100.200")]
    [InlineData("+12 34")]                                         // too few digits
    [InlineData("x212-555-0123")]                                  // glued to a word
    [InlineData("212-555.0123 mixed separators")]
    [InlineData("Invoice 0207 9460 958 due")]                     // labelled as a reference
    [InlineData("price $ 0 207 946 0958")]                         // an amount
    [InlineData("total 020 7946 0958 €")]
    [InlineData("card 4111 1111 1111 1111 on file")]              // a card number
    [InlineData("IBAN NO93 8601 1117 947")]                        // the tail of an IBAN
    [InlineData("isbn 978-0-306-40615-7")]
    [InlineData("counts 123 456 789 in a table")]                 // no phone layout and no context word
    public void Rejects_look_alikes(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, PhoneFinder.Type));
    }

    [Fact]
    public void Snippet_keeps_only_the_last_four_digits()
    {
        var hit = Assert.Single(DetectorHarness.Hits("Call (212) 555-0123 now", PhoneFinder.Type));
        Assert.Contains("(***) ***-0123", hit.Snippet);
    }
}
