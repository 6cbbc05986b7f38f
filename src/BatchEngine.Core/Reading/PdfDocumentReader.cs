using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace BatchEngine.Reading;

/// <summary>
/// Reads PDFs in this process with PdfPig: text per page in content (reading) order, page and image counts.
/// Only for trusted input: some PDFs overflow the stack or exhaust memory, which no catch survives
/// (the isolated reader runs this same code in a child process).
/// </summary>
internal sealed class PdfDocumentReader : IDocumentReader
{
    public const string PdfMediaType = "application/pdf";

    private readonly ReadingLimits _limits;

    public PdfDocumentReader(IOptions<BatchEngineOptions> options)
        : this(ReadingLimits.From(options.Value))
    {
    }

    internal PdfDocumentReader(ReadingLimits limits) => _limits = limits;

    /// <summary>Called before each page is read; the extraction worker reports it so a crash can name its page.</summary>
    internal Action<int>? PageStarting { get; init; }

    public string MediaType => PdfMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => PdfSniffer.IsPdf(header);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ContentBytes.ReadAllAsync(content, cancellationToken);
        return Read(bytes, cancellationToken);
    }

    internal ExtractedDocument Read(byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = Open(bytes);
        var pageCount = CountPages(document);
        var collector = new PageTextCollector(_limits);
        var imageCount = 0;
        Exception? firstPageError = null;
        var unreadable = 0;
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (collector.PageLimitReached || collector.CharacterLimitReached)
            {
                collector.MarkTruncated();
                break;
            }

            PageStarting?.Invoke(number);
            try
            {
                var page = document.GetPage(number);
                imageCount += page.NumberOfImages;
                collector.Add(number, ExtractText(page));
            }
            catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
            {
                // One broken page must not cost the text of the others.
                firstPageError ??= error;
                unreadable++;
                collector.Add(number, string.Empty);
            }
        }

        // Nothing at all could be read: that is a broken file, not an empty one.
        if (unreadable > 0 && unreadable == collector.Pages.Count && !collector.Truncated)
        {
            throw Damaged(firstPageError!);
        }

        return new ExtractedDocument
        {
            Pages = collector.Pages,
            PageCount = pageCount,
            ImageCount = imageCount,
            MediaType = PdfMediaType,
            Truncated = collector.Truncated,
            UnreadablePageCount = unreadable,
        };
    }

    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException error)
        {
            throw new DocumentReadException("The PDF is encrypted and needs a password.", error);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Damaged(error);
        }
    }

    private static int CountPages(PdfDocument document)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Damaged(error);
        }
    }

    private static string ExtractText(Page page) => ContentOrderTextExtractor.GetText(page);

    private static DocumentReadException Damaged(Exception error) =>
        error is PdfDocumentEncryptedException
            ? new DocumentReadException("The PDF is encrypted and needs a password.", error)
            : new DocumentReadException($"The PDF is damaged or truncated: {Shorten(error.Message)}", error);

    // The parser's message may quote bytes of the file; keep it to what explains the fault.
    private static string Shorten(string message) => message.Length <= 200 ? message : message[..200] + "...";
}
