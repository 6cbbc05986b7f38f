using System.Security.Cryptography;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BatchEngine.Reading.Pdf;

/// <summary>
/// Picks the images of a PDF's pages that OCR should read and gets their bytes from PdfPig: PNG where PdfPig
/// decodes the image, the stream's own bytes for JPEG and JPEG 2000 (which Tesseract reads as they are).
/// Icons, rules and the scan behind a page's own text layer are left out; an image over the pixel cap
/// fails the document (a decompression bomb), before anything decodes it.
/// </summary>
internal sealed class PdfImageCollector(ImageLimits limits)
{
    // An image covering this much of a page that has a text layer is the scan that layer was made from.
    private const double ScanCoverage = 0.8;

    private readonly List<DocumentImage> _images = [];

    // A letterhead or background drawn on every page is encoded once; its copies share one array (null: not readable).
    private readonly Dictionary<(string Dictionary, string Hash), byte[]?> _encoded = [];
    private readonly List<string> _reasons = [];
    private int _skippedOverCount;
    private long _bytes;

    public IReadOnlyList<DocumentImage> Images => _images;

    /// <summary>Why some images could not be read (formats OCR cannot take, images over the cap).</summary>
    public IReadOnlyList<string> ReviewReasons => _skippedOverCount == 0
        ? _reasons
        : [.. _reasons, $"{_skippedOverCount} more image(s) that may hold text were not read (BatchEngine:Ocr:MaxImagesPerDocument is {limits.MaxImages})."];

    /// <summary>Considers every image drawn on the page; returns how many are drawn.</summary>
    public int Collect(Page page, int number, bool hasTextLayer)
    {
        var drawn = 0;
        foreach (IPdfImage image in page.GetImages())
        {
            drawn++;
            if (limits.MaxImages <= 0 || !limits.HoldsText(image.WidthInSamples, image.HeightInSamples))
            {
                continue;
            }

            if (hasTextLayer && Coverage(image, page) >= ScanCoverage)
            {
                continue;
            }

            var where = $"{drawn} on page {number}";
            limits.CheckPixels(image.WidthInSamples, image.HeightInSamples, where);
            if (_images.Count >= limits.MaxImages)
            {
                _skippedOverCount++;
                continue;
            }

            if (EncodedOnce(image) is not { } content)
            {
                _reasons.Add($"Image {where} is in a format OCR cannot read ({FilterName(image)}).");
                continue;
            }

            if (content.Length > limits.MaxImageBytes || _bytes + content.Length > limits.TotalBytes)
            {
                _reasons.Add($"Image {where} is {content.Length} bytes, over BatchEngine:Ocr:MaxImageBytes or the document's image budget, and was not read.");
                continue;
            }

            _bytes += content.Length;
            _images.Add(new DocumentImage
            {
                Page = number,
                Number = drawn,
                Content = content,
                Width = image.WidthInSamples,
                Height = image.HeightInSamples,
                IsPage = !hasTextLayer,
            });
        }

        return drawn;
    }

    private static double Coverage(IPdfImage image, Page page)
    {
        var box = image.BoundingBox;
        var pageArea = page.Width * page.Height;
        return pageArea <= 0 ? 0 : Math.Abs(box.Width * box.Height) / pageArea;
    }

    private byte[]? EncodedOnce(IPdfImage image)
    {
        // The same stream bytes under the same dictionary (filters, colour space, mask) decode to the same picture.
        var key = (image.ImageDictionary.ToString() ?? string.Empty, Convert.ToHexString(SHA256.HashData(image.RawMemory.Span)));
        if (!_encoded.TryGetValue(key, out byte[]? content))
        {
            _encoded[key] = content = Encoded(image);
        }

        return content;
    }

    private static byte[]? Encoded(IPdfImage image)
    {
        if (image.TryGetPng(out var png) && png is { Length: > 0 })
        {
            return png;
        }

        // JPEG and JPEG 2000 streams are complete image files; Tesseract's image library decodes them.
        return FilterName(image) is "DCTDecode" or "JPXDecode" ? image.RawMemory.ToArray() : null;
    }

    private static string FilterName(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var filter))
        {
            return "no filter";
        }

        return filter switch
        {
            NameToken name => name.Data,
            ArrayToken { Length: 1 } array when array[0] is NameToken only => only.Data,
            ArrayToken array => string.Join("+", array.Data.OfType<NameToken>().Select(n => n.Data)),
            _ => "unknown filter",
        };
    }
}
