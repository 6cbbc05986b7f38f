using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Tests.Detection;
using Microsoft.Extensions.Configuration;

namespace BatchEngine.Tests.Classification;

/// <summary>The sample appsettings.json given to users binds, validates and changes the policy as it says.</summary>
public sealed class SampleSettingsTests
{
    private static IConfiguration Sample() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Classification", "sample-appsettings.json"))
        .Build();

    [Fact]
    public void Sample_settings_bind_validate_and_change_the_outcome()
    {
        var detection = new DetectionOptions();
        Sample().GetSection("BatchEngine:Detection").Bind(detection);
        var classification = new ClassificationOptions();
        Sample().GetSection("BatchEngine:Classification").Bind(classification);

        Assert.True(new DetectionOptionsValidator().Validate(null, detection).Succeeded);
        Assert.True(new ClassificationOptionsValidator().Validate(null, classification).Succeeded);
        Assert.Equal(2, classification.SignalRules.Count);
        Assert.Equal(SensitivityCategory.HighlySensitive, classification.PhraseRules[0].Category);

        var invoice = DetectorHarness.Document("Invoice 17. Pay to IBAN DE89 3704 0044 0532 0130 00 within 30 days.");
        // The default policy lets one bank account on an invoice decide nothing (an organisation's own details); the sample makes it Confidential.
        Assert.Equal(SensitivityCategory.Public, ClassifierHarness.Classify(invoice).FinalCategory);
        Assert.Equal(SensitivityCategory.Confidential, ClassifierHarness.Classify(invoice, classification, detection).FinalCategory);

        var memo = DetectorHarness.Document("Notes on FALCON-7: the due diligence starts Monday.");
        var result = ClassifierHarness.Classify(memo, classification, detection);
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Contains("the code name of an unannounced acquisition", result.Explanation);

        var german = ClassifierHarness.Classify(DetectorHarness.Document("Dieses Protokoll ist streng vertraulich."), classification, detection);
        Assert.Equal(SensitivityCategory.Confidential, german.FinalCategory);
    }
}
