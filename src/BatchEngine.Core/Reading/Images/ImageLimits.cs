using BatchEngine.Reading.Ocr;

namespace BatchEngine.Reading;

/// <summary>Which images a reader hands to OCR, and which it refuses as hostile. The default takes none.</summary>
/// <param name="MaxImages">Most images kept for one document (0: none).</param>
/// <param name="MaxPixels">Most pixels of one image; more fails the document (a decompression bomb).</param>
/// <param name="MaxImageBytes">Most encoded bytes of one image.</param>
/// <param name="MinWidth">Narrower images hold no text.</param>
/// <param name="MinHeight">Lower images hold no text.</param>
/// <param name="TextLayerMinimumCharacters">A PDF page with less text than this is read as a scan.</param>
internal readonly record struct ImageLimits(int MaxImages, long MaxPixels, int MaxImageBytes, int MinWidth, int MinHeight, int TextLayerMinimumCharacters)
{
    /// <summary>
    /// Most encoded image bytes kept for one document, whatever the count and per-image caps allow: it bounds
    /// the answer an extraction child may send, so garbage announcing a huge frame is still refused.
    /// </summary>
    public const long MaxTotalBytes = 256L << 20;

    /// <summary>The bytes of images one document may hand to OCR.</summary>
    public long TotalBytes => Math.Min(MaxTotalBytes, (long)MaxImages * MaxImageBytes);

    public static ImageLimits From(OcrOptions options) => new(
        options.MaxImagesPerDocument,
        options.MaxPixelsPerImage,
        options.MaxImageBytes,
        options.MinImageWidth,
        options.MinImageHeight,
        options.TextLayerMinimumCharacters);

    /// <summary>True when an image of this size is worth reading.</summary>
    public bool HoldsText(int width, int height) => width >= MinWidth && height >= MinHeight;

    /// <summary>Throws when an image is over the pixel cap: a decompression bomb fails its document, never the host.</summary>
    public void CheckPixels(long width, long height, string where)
    {
        if (width <= 0 || height <= 0)
        {
            throw new DocumentReadException($"The image {where} has no valid size ({width} x {height}).");
        }

        if (width * height > MaxPixels)
        {
            throw new DocumentReadException(
                $"The image {where} is {width} x {height} pixels, over the limit of {MaxPixels} pixels (BatchEngine:Ocr:MaxPixelsPerImage); it is taken for a decompression bomb.");
        }
    }
}
