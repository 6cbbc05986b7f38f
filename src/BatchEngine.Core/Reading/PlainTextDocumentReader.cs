using System.Text;
using Microsoft.Extensions.Options;

namespace BatchEngine.Reading;

/// <summary>
/// Reads plain text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. A form feed starts a new page.
/// Reads no more bytes than the character limit can use.
/// </summary>
internal sealed class PlainTextDocumentReader : IDocumentReader
{
    public const string TextMediaType = "text/plain";

    private const char FormFeed = '\f';

    private readonly ReadingLimits _limits;

    public PlainTextDocumentReader(IOptions<BatchEngineOptions> options)
        : this(ReadingLimits.From(options.Value))
    {
    }

    internal PlainTextDocumentReader(ReadingLimits limits) => _limits = limits;

    public string MediaType => TextMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => TextSniffer.IsText(header);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        // A UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair takes 4 for 2 units), plus a BOM.
        var maxBytes = (_limits.MaxCharacters * 3L) + 3;
        var (bytes, complete) = await ContentBytes.ReadAsync(content, maxBytes, cancellationToken).ConfigureAwait(false);
        var text = Decode(bytes, complete);
        cancellationToken.ThrowIfCancellationRequested();

        var collector = new PageTextCollector(_limits);
        var pageTexts = text.Split(FormFeed);
        var pageCount = pageTexts.Length;
        for (var index = 0; index < pageTexts.Length; index++)
        {
            if (!collector.Add(index + 1, pageTexts[index]))
            {
                break;
            }
        }

        if (!complete || collector.Pages.Count < pageCount)
        {
            collector.MarkTruncated();
        }

        return new ExtractedDocument
        {
            Pages = collector.Pages,
            PageCount = pageCount,
            MediaType = TextMediaType,
            Truncated = collector.Truncated,
        };
    }

    private static string Decode(byte[] bytes, bool complete)
    {
        var (encoding, bomLength) = TextEncodingDetector.Detect(bytes);
        encoding ??= TextEncodingDetector.StrictUtf8;
        var decoder = encoding.GetDecoder();
        var body = bytes.AsSpan(bomLength);
        try
        {
            // When the content was cut at the byte limit the last character may be split: do not flush it.
            var chars = new char[encoding.GetMaxCharCount(body.Length)];
            var count = decoder.GetChars(body, chars, flush: complete);
            return new string(chars, 0, count);
        }
        catch (DecoderFallbackException error)
        {
            throw new DocumentReadException($"The text is not valid {EncodingName(encoding)} (invalid bytes at offset {bomLength + error.Index}).", error);
        }
    }

    private static string EncodingName(Encoding encoding) => encoding.CodePage switch
    {
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        _ => "UTF-8",
    };
}
