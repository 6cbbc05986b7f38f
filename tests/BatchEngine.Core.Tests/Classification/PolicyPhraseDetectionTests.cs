using BatchEngine.Classification;
using BatchEngine.Classification.Policy;
using BatchEngine.DependencyInjection;
using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using BatchEngine.Tests.Detection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Classification;

/// <summary>Phrase rules are found in the detection stage, by a detector the engine registers; the classifier only weighs signals.</summary>
public sealed class PolicyPhraseDetectionTests
{
    private static readonly ClassificationOptions FalconRule = new()
    {
        PhraseRules = [new PolicyPhraseRule { Name = "Falcon", Phrases = ["project falcon"], Category = SensitivityCategory.HighlySensitive, Reason = "the code name of an acquisition" }],
    };

    private const string Text = "Kick-off notes for Project Falcon: the team meets on Monday.";

    [Fact]
    public async Task The_engine_registers_the_phrase_rules_detector_with_the_other_detectors()
    {
        var services = new ServiceCollection();
        services.AddBatchEngine();
        services.Configure<ClassificationOptions>(o => o.PhraseRules = FalconRule.PhraseRules);
        using var provider = services.BuildServiceProvider();

        var detectors = provider.GetServices<IDetector>().ToList();
        var policy = Assert.Single(detectors, d => d is PolicyPhraseDetector);
        var signals = await policy.DetectAsync(DetectorHarness.Document(Text), CancellationToken.None);

        var hit = Assert.Single(signals);
        Assert.Equal("Policy:Falcon", hit.Type);
        Assert.Equal("policy", hit.Detector);
    }

    [Fact]
    public async Task The_classifier_does_not_scan_the_text_for_phrases_itself()
    {
        var classifier = new PolicyClassifier(Options.Create(FalconRule));

        var result = await classifier.ClassifyAsync("doc-1", DetectorHarness.Document(Text), [], CancellationToken.None);

        Assert.DoesNotContain(result.RawSignals, s => s.Type == "Policy:Falcon");
        Assert.NotEqual(SensitivityCategory.HighlySensitive, result.FinalCategory);
    }

    [Fact]
    public async Task Without_phrase_rules_the_detector_finds_nothing()
    {
        var detector = new PolicyPhraseDetector(Options.Create(new ClassificationOptions()), Options.Create(new DetectionOptions()));

        var signals = await detector.DetectAsync(DetectorHarness.Document(Text), CancellationToken.None);

        Assert.Empty(signals);
    }
}
