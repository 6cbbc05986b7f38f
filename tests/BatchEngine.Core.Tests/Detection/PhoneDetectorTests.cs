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
