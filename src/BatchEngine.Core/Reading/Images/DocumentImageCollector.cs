using BatchEngine.Reading.Ocr;

namespace BatchEngine.Reading;

/// <summary>
/// For readers of other formats: decides which embedded images go to OCR under <see cref="OcrOptions"/>, reading
/// each image's format and size from its header. Images too small to hold text are skipped, the cap on
/// images per document is kept, and an image over the pixel cap throws <see cref="DocumentReadException"/>
/// (a decompression bomb fails its document before any decoder sees it).
/// </summary>
public sealed class DocumentImageCollector
{
    private readonly ImageLimits _limits;
    private readonly List<DocumentImage> _images = [];
    private readonly List<string> _reasons = [];
    private int _overCount;
    private long _bytes;

    /// <summary>Creates a collector for one document.</summary>
    public DocumentImageCollector(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limits = ImageLimits.From(options);
    }

    /// <summary>The images kept, in the order they were added.</summary>
    public IReadOnlyList<DocumentImage> Images => _images;

    /// <summary>Images that could not be kept, in words, for <see cref="ExtractedDocument.ReviewReasons"/>.</summary>
    public IReadOnlyList<string> ReviewReasons => _overCount == 0
        ? _reasons
        : [.. _reasons, $"{_overCount} more image(s) that may hold text were not read (BatchEngine:Ocr:MaxImagesPerDocument is {_limits.MaxImages})."];

    /// <summary>
    /// Considers an embedded image (PNG, JPEG, TIFF, BMP). Returns true when it was kept for OCR; false when it is
    /// too small to hold text, in a format OCR does not read (vector pictures), or over the count or byte cap.
    /// </summary>
    /// <param name="page">The 1-based page the image stands on.</param>
    /// <param name="number">Its 1-based number among the images of the page.</param>
    /// <param name="content">The encoded image.</param>
    public bool Add(int page, int number, ReadOnlyMemory<byte> content)
    {
        var format = ImageHeader.Sniff(content.Span);
        if (format == ImageFormat.Unknown || _limits.MaxImages <= 0)
        {
            return false;
        }

        var frames = ImageHeader.Frames(content.Span);
        if (frames.Count == 0)
        {
            _reasons.Add($"Image {number} on page {page} is damaged (its header gives no size) and was not read.");
            return false;
        }

        var (width, height) = frames[0];
        if (!_limits.HoldsText((int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue)))
        {
            return false;
        }

        _limits.CheckPixels(width, height, $"{number} on page {page}");
        if (_images.Count >= _limits.MaxImages)
        {
            _overCount++;
            return false;
        }

        if (content.Length > _limits.MaxImageBytes || _bytes + content.Length > _limits.TotalBytes)
        {
            _reasons.Add($"Image {number} on page {page} is {content.Length} bytes, over BatchEngine:Ocr:MaxImageBytes or the document's image budget, and was not read.");
            return false;
        }

        _bytes += content.Length;
        _images.Add(new DocumentImage { Page = page, Number = number, Content = content, Width = (int)width, Height = (int)height });
        return true;
    }
}
