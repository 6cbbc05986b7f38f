using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;

namespace BatchEngine.Classification.Policy;

/// <summary>Finds the phrases of the user's <see cref="PolicyPhraseRule"/>s, with the same matcher and masked snippets as the detectors.</summary>
internal sealed class PolicyPhraseDetector(IReadOnlyList<PolicyPhraseRule> rules, DetectionOptions detection)
    : FindingDetector(PolicyClassifier.DetectorName, Create(rules, detection), detection)
{
    public static string TypeOf(PolicyPhraseRule rule) => "Policy:" + rule.Name;

    private static PhraseFinder Create(IReadOnlyList<PolicyPhraseRule> rules, DetectionOptions detection) => new(
        rules.Select(r => new DetectionPhraseSet { Type = TypeOf(r), Phrases = r.Phrases, Confidence = r.Confidence }).ToList(),
        detection.PhraseContextWindowCharacters,
        detection.LeadingCharacters);
}
