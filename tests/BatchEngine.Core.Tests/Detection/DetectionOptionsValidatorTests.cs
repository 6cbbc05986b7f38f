using BatchEngine.Detection;

namespace BatchEngine.Tests.Detection;

public sealed class DetectionOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new DetectionOptionsValidator().Validate(null, new DetectionOptions()).Succeeded);
    }

    [Fact]
    public void Bad_settings_are_named_in_the_message()
    {
        var options = new DetectionOptions
        {
            SnippetContextCharacters = -1,
            UnsafePhrases = [new DetectionPhraseSet { Type = "Marker:Oops", Phrases = ["x y z"] }],
            MarkerPhrases = [new DetectionPhraseSet { Type = "Marker:Confidential", Phrases = [], Confidence = 2 }],
        };
        var result = new DetectionOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("BatchEngine:Detection:SnippetContextCharacters must be between 0 and 500 (was -1).", result.Failures!);
        Assert.Contains(result.Failures!, f => f.Contains("BatchEngine:Detection:UnsafePhrases:0:Type must start with 'Unsafe:'", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("BatchEngine:Detection:MarkerPhrases:0:Phrases must list at least one phrase", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("BatchEngine:Detection:MarkerPhrases:0:Confidence and LeadingConfidence must be between 0 and 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Phrases_shorter_than_three_characters_are_refused()
    {
        var options = new DetectionOptions { MarkerPhrases = [new DetectionPhraseSet { Type = "Marker:Confidential", Phrases = ["HR"] }] };
        var result = new DetectionOptionsValidator().Validate(null, options);
        Assert.Contains(result.Failures!, f => f.Contains("at least 3 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_phone_regions_are_refused()
    {
        var options = new DetectionOptions { PhoneRegions = ["GB", "XQ"] };
        var result = new DetectionOptionsValidator().Validate(null, options);
        Assert.Contains(result.Failures!, f => f.Contains("BatchEngine:Detection:PhoneRegions holds 'XQ'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.Contains("holds 'GB'", StringComparison.Ordinal));
    }

    [Fact]
    public void Phone_regions_limit_national_formats()
    {
        // "030 901820" is a Berlin number: found with the defaults, not when only GB is listed.
        const string text = "Office 030 901820";
        Assert.Single(DetectorHarness.RunAll(text), s => s.Type == BatchEngine.Detection.Pii.PhoneFinder.Type);
        var gbOnly = new DetectionOptions { PhoneRegions = ["GB"] };
        Assert.DoesNotContain(DetectorHarness.RunAll(text, gbOnly), s => s.Type == BatchEngine.Detection.Pii.PhoneFinder.Type);
    }
}
