using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class SsnDetectorTests
{
    [Theory]
    [InlineData("Employee SSN: 536-22-8745 on file.", "536-22-8745")]
    [InlineData("Social Security 536 22 8745", "536 22 8745")]
    [InlineData("SSN 536228745 (no dashes)", "536228745")]
    [InlineData("ID 001-01-0001.", "001-01-0001")]
    [InlineData("(536-22-8745)", "536-22-8745")]
    public void Finds_valid_numbers(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, SsnFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
        Assert.Equal("ssn", hit.Detector);
        Assert.Equal(1, hit.Page);
    }

    [Theory]
    [InlineData("SSN 000-12-3456")]      // area 000
    [InlineData("SSN 666-12-3456")]      // area 666
    [InlineData("SSN 900-12-3456")]      // area 900-999
    [InlineData("SSN 999-12-3456")]
    [InlineData("SSN 536-00-8745")]      // group 00
    [InlineData("SSN 536-22-0000")]      // serial 0000
    [InlineData("SSN 555-55-5555")]      // one digit repeated
    [InlineData("SSN 078-05-1120")]      // Woolworth wallet card
    [InlineData("SSN 123-45-6789")]      // textbook example
    [InlineData("SSN 219-09-9999")]      // SSA advertisement
    [InlineData("order 536228745 shipped")]        // nine bare digits without a context word
    [InlineData("SSN 1536-22-8745")]               // part of a longer number
    [InlineData("SSN 536-22-87451")]
    [InlineData("SSN 536-22-8745-12")]
    [InlineData("ref 12-536-22-8745")]
    [InlineData("SSN 536-22/8745")]                // mixed separators
    [InlineData("uuid 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("SSN 5362287451 ten digits")]
    public void Rejects_invalid_numbers_and_look_alikes(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, SsnFinder.Type));
    }

    [Fact]
    public void Context_word_raises_confidence()
    {
        var without = Assert.Single(DetectorHarness.Hits("The number 536-22-8745 appears here.", SsnFinder.Type));
        var with = Assert.Single(DetectorHarness.Hits("Her SSN is 536-22-8745.", SsnFinder.Type));
        Assert.True(with.Confidence > without.Confidence, $"{with.Confidence} should exceed {without.Confidence}");
    }

    [Fact]
    public void Context_word_far_before_the_number_does_not_count()
    {
        string text = "SSN" + new string(' ', 200) + "number 536-22-8745";
        var far = Assert.Single(DetectorHarness.Hits(text, SsnFinder.Type));
        var near = Assert.Single(DetectorHarness.Hits("SSN 536-22-8745", SsnFinder.Type));
        Assert.True(far.Confidence < near.Confidence);
    }

    [Fact]
    public void Snippet_masks_all_but_the_last_four_digits()
    {
        var hit = Assert.Single(DetectorHarness.Hits("Her SSN is 536-22-8745.", SsnFinder.Type));
        Assert.Contains("***-**-8745", hit.Snippet);
        Assert.DoesNotContain("536", hit.Snippet);
    }
}
