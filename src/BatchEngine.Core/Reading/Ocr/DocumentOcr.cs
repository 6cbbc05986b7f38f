using System.Globalization;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Options;

namespace BatchEngine.Reading.Ocr;

/// <summary>
/// The OCR stage, between reading and detection (inside "document data loaded"): reads every image a reader
/// kept (<see cref="ExtractedDocument.Images"/>) with Tesseract, in parallel up to the host's limit, and
/// merges the text into its page with its origin. The images stay on the document for a classifier that looks at
/// them (a chat model that accepts images); nothing stores them. An image that fails or times out costs its own text and
/// flags the document; when OCR is unavailable the document keeps the text it has and is flagged with the
/// reason. A document whose only content was images that all failed is an unreadable document.
/// </summary>
internal sealed class DocumentOcr(TesseractEngine engine, IOptions<BatchEngineOptions> options)
{
    private readonly OcrOptions _options = options.Value.Ocr;
    private readonly ReadingLimits _limits = ReadingLimits.From(options.Value);

    public async Task<ExtractedDocument> ApplyAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        if (document.Images.Count == 0)
        {
            return document;
        }

        var command = await engine.CommandAsync(cancellationToken).ConfigureAwait(false);
        if (command is null)
        {
            var availability = await engine.GetAvailabilityAsync(cancellationToken).ConfigureAwait(false);
            return document with
            {
                ReviewReasons = [.. document.ReviewReasons, string.Create(CultureInfo.InvariantCulture,
                    $"{document.Images.Count} image(s) needed OCR, which is unavailable: {availability.Reason} The document was classified on the text it has.")],
            };
        }

        using var folder = PrivateTempFolder.Create();
        using var documentLimit = new CancellationTokenSource(_options.DocumentTimeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, documentLimit.Token);
        var outcomes = await ReadEachDistinctImageOnceAsync(command, folder, document.Images, stop.Token).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return Merge(document, outcomes);
    }

    // A letterhead, logo or background drawn on every page is one image repeated byte for byte; Tesseract gives
    // the same text for the same bytes, so each distinct image is read once and its outcome shared by its copies.
    private async Task<OcrOutcome[]> ReadEachDistinctImageOnceAsync(TesseractCommand command, PrivateTempFolder folder, IReadOnlyList<DocumentImage> images, CancellationToken cancellationToken)
    {
        var firstOfEach = new Dictionary<ReadOnlyMemory<byte>, int>(images.Count, ImageBytesComparer.Instance);
        var readings = new Task<OcrOutcome>[images.Count];
        for (var index = 0; index < images.Count; index++)
        {
            if (firstOfEach.TryGetValue(images[index].Content, out var first))
            {
                readings[index] = readings[first];
                BatchEngineTelemetry.OcrImagesReused.Add(1);
                continue;
            }

            firstOfEach.Add(images[index].Content, index);
            readings[index] = ReadAsync(command, folder, images[index], index, cancellationToken);
        }

        return await Task.WhenAll(readings).ConfigureAwait(false);
    }

    private async Task<OcrOutcome> ReadAsync(TesseractCommand command, PrivateTempFolder folder, DocumentImage image, int index, CancellationToken cancellationToken)
    {
        try
        {
            var path = folder.Write($"image-{index}{ImageHeader.Extension(ImageHeader.Sniff(image.Content.Span))}", image.Content.Span);
            try
            {
                return await engine.RecognizeAsync(command, path, _limits.MaxCharacters, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                File.Delete(path);
            }
        }
        catch (OperationCanceledException)
        {
            // The caller's own cancellation is rethrown by ApplyAsync; here only the document's OCR limit ran out.
            return OcrOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"OCR of the document ran over its limit of {_options.DocumentTimeout.TotalSeconds:0.#} s (BatchEngine:Ocr:DocumentTimeout)"));
        }
    }

    private ExtractedDocument Merge(ExtractedDocument document, OcrOutcome[] outcomes)
    {
        var added = new Dictionary<int, List<(string Text, TextOrigin Origin)>>();
        var reasons = new List<string>(document.ReviewReasons);
        for (var index = 0; index < outcomes.Length; index++)
        {
            var (image, outcome) = (document.Images[index], outcomes[index]);
            if (outcome.Failure is { } failure)
            {
                reasons.Add($"OCR could not read image {image.Number} on page {image.Page}: {failure}.");
                continue;
            }

            var frames = outcome.Text.Split('\f');
            for (var frame = 0; frame < Math.Min(frames.Length, image.Frames); frame++)
            {
                var page = image.Page + frame;
                var origin = image.IsPage ? new TextOrigin(TextOriginKind.PageOcr) : new TextOrigin(TextOriginKind.ImageOcr, image.Number);
                if (!added.TryGetValue(page, out var parts))
                {
                    added[page] = parts = [];
                }

                parts.Add((frames[frame].Trim(), origin));
            }
        }

        var nothingRead = added.Values.All(parts => parts.All(p => p.Text.Length == 0));
        if (nothingRead && reasons.Count > document.ReviewReasons.Count && document.Pages.All(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            // Nothing but images, and none could be read: a broken image, not an empty document.
            throw new DocumentReadException(reasons[document.ReviewReasons.Count]);
        }

        var collector = new PageTextCollector(_limits);
        foreach (var page in document.Pages)
        {
            if (!added.TryGetValue(page.Number, out var parts))
            {
                collector.Add(page);
                continue;
            }

            var builder = new PageTextBuilder().Append(page);
            foreach (var (text, origin) in parts)
            {
                builder.Append(text, origin);
            }

            collector.Add(builder.Build(page.Number));
        }

        return document with
        {
            Pages = collector.Pages,
            Truncated = document.Truncated || collector.Truncated,
            ReviewReasons = reasons,
        };
    }
}
