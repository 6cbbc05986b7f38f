using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class EmailDetectorTests
{
    [Theory]
    [InlineData("Write to john.smith@example.com today", "john.smith@example.com")]
    [InlineData("<jane+news@mail.example.co.uk>", "jane+news@mail.example.co.uk")]
    [InlineData("Contact: a_b-c@sub-domain.example.org.", "a_b-c@sub-domain.example.org")]
    [InlineData("mailto:ops@example.io", "ops@example.io")]
    [InlineData("an external contact, 'mario.rossi@consult-italia.com'):", "mario.rossi@consult-italia.com")]
    public void Finds_addresses(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, EmailFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("user@localhost")]              // no dot in the domain
    [InlineData("follow @handle on social")]    // no local part
    [InlineData("name@example.c")]              // one-letter top-level label
    [InlineData("name@example.123")]            // numeric top-level label
    [InlineData("john..smith@example.com")]     // double dot in the local part
    [InlineData("price 5 @ $3.00 each")]
    [InlineData("a@b@example.com")]
    public void Rejects_look_alikes(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, EmailFinder.Type));
    }

    [Fact]
    public void Snippet_keeps_the_first_character_and_the_domain()
    {
        var hit = Assert.Single(DetectorHarness.Hits("Email john.smith@example.com now", EmailFinder.Type));
        Assert.Contains("j***@example.com", hit.Snippet);
        Assert.DoesNotContain("john", hit.Snippet);
    }
}
