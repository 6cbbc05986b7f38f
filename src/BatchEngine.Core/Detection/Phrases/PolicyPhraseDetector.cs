using BatchEngine.Classification;
using BatchEngine.Classification.Policy;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Phrases;

/// <summary>
/// Finds the phrases of the user's <see cref="PolicyPhraseRule"/>s (<see cref="ClassificationOptions.PhraseRules"/>)
/// in the detection stage, with the same matcher and masked snippets as the other detectors, so the classifier
/// only weighs signals and never scans text itself. Finds nothing when no phrase rule is configured.
/// </summary>
internal sealed class PolicyPhraseDetector : IDetector
{
    private readonly Phrases? _phrases;

    public PolicyPhraseDetector(IOptions<ClassificationOptions> classification, IOptions<DetectionOptions> detection)
    {
        var rules = classification.Value.PhraseRules;
        _phrases = rules.Count == 0 ? null : new Phrases(rules, detection.Value);
    }

    /// <summary>The signals carry the policy's name, as the records the policy adds do.</summary>
    public string Name => PolicyClassifier.DetectorName;

    public static string TypeOf(PolicyPhraseRule rule) => "Policy:" + rule.Name;

    public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken) =>
        _phrases is null ? new([]) : _phrases.DetectAsync(document, cancellationToken);

    private sealed class Phrases(IReadOnlyList<PolicyPhraseRule> rules, DetectionOptions detection)
        : FindingDetector(PolicyClassifier.DetectorName, Create(rules, detection), detection)
    {
        private static PhraseFinder Create(IReadOnlyList<PolicyPhraseRule> rules, DetectionOptions detection) => new(
            rules.Select(r => new DetectionPhraseSet { Type = TypeOf(r), Phrases = r.Phrases, Confidence = r.Confidence }).ToList(),
            detection.PhraseContextWindowCharacters,
            detection.LeadingCharacters);
    }
}
