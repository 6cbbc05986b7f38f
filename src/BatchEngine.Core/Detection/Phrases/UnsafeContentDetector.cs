using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Phrases;

/// <summary>Unsafe content: violence and threats, weapons instructions, child exploitation, extremism, self-harm, hate speech.</summary>
internal sealed class UnsafeContentDetector(IOptions<DetectionOptions> options)
    : FindingDetector("unsafe-content", Create(options.Value), options.Value)
{
    private static PhraseFinder Create(DetectionOptions options) => new(
        [.. options.UseBuiltInPhrases ? BuiltInUnsafePhrases.Create() : [], .. options.UnsafePhrases],
        options.PhraseContextWindowCharacters,
        options.LeadingCharacters);
}
