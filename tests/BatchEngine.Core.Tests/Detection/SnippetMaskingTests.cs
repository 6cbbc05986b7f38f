using BatchEngine.Detection;

namespace BatchEngine.Tests.Detection;

public sealed class SnippetMaskingTests
{
    private const string Record = "Name: Jane Roe. SSN: 536-22-8745. Email jane.roe@example.com. Phone (212) 555-0123.";

    [Fact]
    public void Every_sensitive_value_in_a_snippet_is_masked_not_only_the_hit()
    {
        foreach (var signal in DetectorHarness.RunAll(Record))
        {
            Assert.DoesNotContain("536-22", signal.Snippet);
            Assert.DoesNotContain("jane.roe@", signal.Snippet);
            Assert.DoesNotContain("212) 555", signal.Snippet);
        }

        var ssn = DetectorHarness.RunAll(Record).Single(s => s.Type == "PII:SSN");
        Assert.Contains("***-**-8745", ssn.Snippet);
        Assert.Contains("j***@example.com", ssn.Snippet);
    }

    [Fact]
    public void Marker_snippets_mask_values_near_the_marker()
    {
        string text = "CONFIDENTIAL card 4111 1111 1111 1111";
        var marker = DetectorHarness.RunAll(text).Single(s => s.Type == "Marker:Confidential");
        Assert.Equal("CONFIDENTIAL card **** **** **** 1111", marker.Snippet);
    }

    [Fact]
    public void A_long_number_broken_over_two_lines_is_masked_as_the_one_number_the_snippet_shows()
    {
        string text = "CONFIDENTIAL account 2502400\n3600 end";
        var marker = DetectorHarness.RunAll(text).Single(s => s.Type == "Marker:Confidential");
        Assert.DoesNotContain("2502400", marker.Snippet);
        Assert.Contains("******* 3600", marker.Snippet);
    }

    [Fact]
    public void Unknown_long_tokens_in_a_snippet_are_masked()
    {
        string text = "CONFIDENTIAL deploy secret 9f8e7d6c5b4a39281706f5e4d3c2b1a0 end";
        var marker = DetectorHarness.RunAll(text).Single(s => s.Type == "Marker:Confidential");
        Assert.DoesNotContain("9f8e7d6c", marker.Snippet);
        Assert.Contains("CONFIDENTIAL deploy secret ********************", marker.Snippet);
    }

    [Fact]
    public void Snippets_are_one_line_with_about_forty_characters_each_side()
    {
        string text = new string('a', 100) + "\nSSN\t536-22-8745\n" + new string('b', 100);
        var ssn = DetectorHarness.RunAll(text).Single(s => s.Type == "PII:SSN");
        Assert.DoesNotContain('\n', ssn.Snippet);
        Assert.DoesNotContain('\t', ssn.Snippet);
        Assert.StartsWith("…", ssn.Snippet);
        Assert.EndsWith("…", ssn.Snippet);
        Assert.InRange(ssn.Snippet.Length, 11 + 80, 11 + 80 + 2);
    }

    [Fact]
    public void Masking_can_be_turned_off_by_option()
    {
        var options = new DetectionOptions { MaskSensitiveValues = false };
        var ssn = DetectorHarness.RunAll(DetectorHarness.Document(Record), options).Single(s => s.Type == "PII:SSN");
        Assert.Contains("536-22-8745", ssn.Snippet);
        Assert.Contains("jane.roe@example.com", ssn.Snippet);
    }

    [Fact]
    public void A_private_key_cut_by_the_window_is_still_redacted()
    {
        string body = string.Concat(Enumerable.Repeat("MIIEowIBAAKCAQEAx4UbaDzY0xJYsQhKz\n", 30));
        string text = "-----BEGIN PRIVATE KEY-----\n" + body + "-----END PRIVATE KEY-----\nCONFIDENTIAL";
        var marker = DetectorHarness.RunAll(text).Single(s => s.Type == "Marker:Confidential");
        Assert.DoesNotContain("MIIE", marker.Snippet);
    }
}
