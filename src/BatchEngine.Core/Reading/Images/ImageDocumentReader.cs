using Microsoft.Extensions.Options;

namespace BatchEngine.Reading;

/// <summary>
/// Reads uploaded images (PNG, JPEG, TIFF, BMP) as documents: one page each, one page a frame for a TIFF,
/// all of it for OCR. The size of every frame is read from the header first, so a decompression bomb fails
/// its document before any decoder sees it.
/// </summary>
internal sealed class ImageDocumentReader : IDocumentReader
{
    public const string ImageMediaType = "image/*";

    private readonly ReadingLimits _limits;

    public ImageDocumentReader(IOptions<BatchEngineOptions> options)
        : this(ReadingLimits.From(options.Value))
    {
    }

    internal ImageDocumentReader(ReadingLimits limits) => _limits = limits;

    public string MediaType => ImageMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => ImageHeader.Sniff(header) is ImageFormat.Png or ImageFormat.Jpeg or ImageFormat.Tiff or ImageFormat.Bmp;

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ContentBytes.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        var format = ImageHeader.Sniff(bytes);
        var frames = ImageHeader.Frames(bytes);
        if (frames.Count == 0)
        {
            throw new DocumentReadException($"The {format.ToString().ToUpperInvariant()} image is damaged or truncated: its header gives no size.");
        }

        for (var index = 0; index < frames.Count; index++)
        {
            var where = frames.Count == 1 ? "in the file" : $"of frame {index + 1}";
            _limits.Images.CheckPixels(frames[index].Width, frames[index].Height, where);
        }

        var pages = Math.Min(frames.Count, _limits.MaxPages);
        var image = new DocumentImage
        {
            Page = 1,
            Number = 1,
            Content = bytes,
            Width = (int)frames[0].Width,
            Height = (int)frames[0].Height,
            IsPage = true,
            Frames = pages,
        };
        var tooLarge = bytes.Length > _limits.Images.MaxImageBytes;
        return new ExtractedDocument
        {
            MediaType = MediaTypeOf(format),
            PageCount = frames.Count,
            ImageCount = frames.Count,
            Pages = [.. Enumerable.Range(1, pages).Select(number => new PageText(number, string.Empty))],
            Truncated = pages < frames.Count,
            Images = _limits.Images.MaxImages > 0 && !tooLarge ? [image] : [],
            ReviewReasons = tooLarge ? [$"The image is {bytes.Length} bytes, over BatchEngine:Ocr:MaxImageBytes, and was not read."] : [],
        };
    }

    private static string MediaTypeOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Tiff => "image/tiff",
        _ => "image/bmp",
    };
}
