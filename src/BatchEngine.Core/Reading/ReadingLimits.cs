namespace BatchEngine.Reading;

/// <summary>How much a reader may extract from one document.</summary>
/// <param name="MaxPages">Pages read; later pages are counted, not read.</param>
/// <param name="MaxCharacters">Characters of text kept across all pages.</param>
internal readonly record struct ReadingLimits(int MaxPages, int MaxCharacters)
{
    /// <summary>Which images are kept for OCR; the default keeps none.</summary>
    public ImageLimits Images { get; init; }

    public static ReadingLimits From(BatchEngineOptions options) => new(options.MaxPages, options.MaxExtractedCharacters)
    {
        Images = ImageLimits.From(options.Ocr),
    };
}
