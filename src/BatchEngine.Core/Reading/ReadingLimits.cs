namespace BatchEngine.Reading;

/// <summary>How much a reader may extract from one document.</summary>
/// <param name="MaxPages">Pages read; later pages are counted, not read.</param>
/// <param name="MaxCharacters">Characters of text kept across all pages.</param>
internal readonly record struct ReadingLimits(int MaxPages, int MaxCharacters)
{
    public static ReadingLimits From(BatchEngineOptions options) => new(options.MaxPages, options.MaxExtractedCharacters);
}
