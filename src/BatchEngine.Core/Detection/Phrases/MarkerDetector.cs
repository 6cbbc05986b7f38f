using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Phrases;

/// <summary>Confidentiality markers, export-control markings, release statements and internal document kinds.</summary>
internal sealed class MarkerDetector(IOptions<DetectionOptions> options)
    : FindingDetector("markers", Create(options.Value), options.Value)
{
    private static PhraseFinder Create(DetectionOptions options) => new(
        [.. options.UseBuiltInPhrases ? BuiltInMarkerPhrases.Create() : [], .. options.MarkerPhrases],
        options.PhraseContextWindowCharacters,
        options.LeadingCharacters);
}
