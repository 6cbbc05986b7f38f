using BatchEngine.Reading.Pdf;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace BatchEngine.Reading;

/// <summary>
/// Reads PDFs in this process with PdfPig: text per page in content (reading) order, the values of filled
/// form fields and the text of comment annotations (each with its origin), the images OCR should read, and
/// page and image counts. A file whose cross-reference table is missing or broken is read again with a
/// rebuilt one.
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

    /// <summary>Called before each page is read; the extraction process reports it so a crash can name its page.</summary>
    internal Action<int>? PageStarting { get; init; }

    public string MediaType => PdfMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => PdfSniffer.IsPdf(header);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var bytes = await ContentBytes.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        return Read(bytes, cancellationToken);
    }

    internal ExtractedDocument Read(byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = Open(bytes);
        var pageCount = CountPages(document);
        var collector = new PageTextCollector(_limits);
        var images = new PdfImageCollector(_limits.Images);
        var fields = FormFields(document);
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
                var text = ExtractText(page);
                imageCount += CollectImages(images, page, number, HasTextLayer(text));
                collector.Add(BuildPage(number, text, page, fields));
            }
            catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException and not DocumentReadException)
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
            Images = images.Images,
            ReviewReasons = images.ReviewReasons,
        };
    }

    // An image PdfPig cannot list or decode costs the image (the page keeps its text); a bomb still fails the document.
    private static int CollectImages(PdfImageCollector images, Page page, int number, bool hasTextLayer)
    {
        try
        {
            return images.Collect(page, number, hasTextLayer);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException and not DocumentReadException)
        {
            return page.NumberOfImages;
        }
    }

    private bool HasTextLayer(string text)
    {
        var characters = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && ++characters >= _limits.Images.TextLayerMinimumCharacters)
            {
                return true;
            }
        }

        return characters >= _limits.Images.TextLayerMinimumCharacters;
    }

    private static PageText BuildPage(int number, string text, Page page, Dictionary<int, List<(string Label, string Entry)>> fields)
    {
        var builder = new PageTextBuilder().Append(text, TextOrigin.TextLayer);
        if (fields.TryGetValue(number, out var entries))
        {
            foreach (var (label, entry) in entries)
            {
                builder.Append(entry, new TextOrigin(TextOriginKind.FormField, Name: label));
            }
        }

        foreach (var note in Annotations(page))
        {
            builder.Append(note, new TextOrigin(TextOriginKind.Annotation));
        }

        // The text layer as it was when nothing else is on the page, so plain pages keep their exact text.
        return builder.Length == text.Length ? new PageText(number, text) : builder.Build(number);
    }

    // Broken annotations cost their notes, never the page's text.
    private static List<string> Annotations(Page page)
    {
        try
        {
            return PdfAnnotationText.Read(page);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            return [];
        }
    }

    // A form that cannot be parsed costs its field values, never the document's text.
    private static Dictionary<int, List<(string Label, string Entry)>> FormFields(PdfDocument document)
    {
        try
        {
            return PdfFormFieldText.ByPage(document);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            return [];
        }
    }

    private static PdfDocument Open(byte[] bytes)
    {
        try
        {
            return OpenWithPdfPig(bytes);
        }
        catch (PdfDocumentEncryptedException error)
        {
            throw new DocumentReadException("The PDF is encrypted and needs a password.", error);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // As poppler and pdf.js do: find the objects, write a new table, and try once more.
            if (PdfCrossReferenceRebuilder.Rebuild(bytes) is { } rebuilt)
            {
                try
                {
                    var document = OpenWithPdfPig(rebuilt);
                    _ = document.NumberOfPages;
                    return document;
                }
                catch (Exception retry) when (retry is not OperationCanceledException and not OutOfMemoryException)
                {
                    // The original error says more about the file than the retry's.
                }
            }

            throw Damaged(error);
        }
    }

    private static PdfDocument OpenWithPdfPig(byte[] bytes) =>
        PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });

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
