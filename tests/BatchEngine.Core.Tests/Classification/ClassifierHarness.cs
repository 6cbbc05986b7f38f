using BatchEngine.Classification;
using BatchEngine.Classification.Policy;
using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using BatchEngine.Reading;
using BatchEngine.Tests.Detection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Classification;

/// <summary>Runs the real default detectors and the policy classifier, as the engine's pipeline does.</summary>
internal static class ClassifierHarness
{
    public static ClassificationResult Classify(ExtractedDocument document, ClassificationOptions? options = null, DetectionOptions? detection = null)
    {
        detection ??= new DetectionOptions();
        options ??= new ClassificationOptions();
        // The phrase rules' detector runs with the default detectors, as the engine registers it.
        var phrases = new PolicyPhraseDetector(Options.Create(options), Options.Create(detection));
        var signals = DetectorHarness.RunAll(document, detection)
            .Concat(phrases.DetectAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult())
            .ToList();
        var classifier = new PolicyClassifier(Options.Create(options));
        return classifier.ClassifyAsync("doc-1", document, signals, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    public static ClassificationResult Classify(string text, ClassificationOptions? options = null) =>
        Classify(DetectorHarness.Document(text), options);

    public static ClassificationResult ClassifySignals(IReadOnlyList<DetectionSignal> signals, ClassificationOptions? options = null, string text = "Some ordinary text of a document.")
    {
        var classifier = new PolicyClassifier(Options.Create(options ?? new ClassificationOptions()));
        return classifier.ClassifyAsync("doc-1", DetectorHarness.Document(text), signals, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A long, plainly public paragraph, so "Public" is asked with enough text to be sure.</summary>
    public static readonly string PlainParagraph = string.Concat(Enumerable.Repeat(
        "The committee reviewed the annual report on river water quality and thanked the volunteers for their work. ", 12));
}
