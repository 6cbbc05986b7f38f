using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Jobs;
using BatchEngine.Reading;
using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.Options;

namespace BatchEngine.Processing;

/// <summary>
/// Reads one document's content, runs every detector and the classifier, and reports each stage reached
/// (<see cref="ProgressStages.DocumentLoaded"/>, <see cref="ProgressStages.DetectorsCompleted"/>,
/// <see cref="ProgressStages.ClassificationCompleted"/>). Shared by the workers and the one-off
/// <c>ClassifyAsync</c>, so both classify a file the same way. The signals are capped (<see cref="RawSignalLimit"/>)
/// before the classifier sees them and again in its answer, so neither the classifier nor the stored result grows
/// with a hostile document.
/// </summary>
internal sealed class DocumentAnalyzer(
    IEnumerable<IDocumentReader> readers,
    IEnumerable<IDetector> detectors,
    IEnumerable<IClassifier> classifiers,
    DocumentOcr ocr,
    IOptions<BatchEngineOptions> options)
{
    private readonly RawSignalLimit _limit = RawSignalLimit.From(options.Value);
    private readonly IDocumentReader[] _readers = [.. readers];
    private readonly IDetector[] _detectors = [.. detectors];

    // The last registration wins, as with any replaced service.
    private readonly IClassifier? _classifier = classifiers.LastOrDefault();

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>
    /// Analyzes one document. <paramref name="mediaType"/> is its type sniffed at submit: the reader is picked by it
    /// without reading the content twice; null sniffs the content here.
    /// </summary>
    public async Task<ClassificationResult> AnalyzeAsync(
        string docId,
        Stream content,
        string? mediaType,
        Func<double, CancellationToken, Task> reportStage,
        CancellationToken cancellationToken)
    {
        var classifier = _classifier ?? throw DocumentErrors.EngineWritten(new InvalidOperationException(
            "No IClassifier is registered. Call AddBatchEngine() with the default classifier or AddClassifier<T>()."));

        var (reader, readable) = ReaderFor(mediaType) is { } known
            ? (known, content)
            : await SniffAsync(content, cancellationToken).ConfigureAwait(false);
        var extracted = await reader.ReadAsync(readable, cancellationToken).ConfigureAwait(false);
        extracted = await ocr.ApplyAsync(extracted, cancellationToken).ConfigureAwait(false);
        await reportStage(ProgressStages.DocumentLoaded, cancellationToken).ConfigureAwait(false);

        var signals = new List<DetectionSignal>();
        foreach (var detector in _detectors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            signals.AddRange(await detector.DetectAsync(extracted, cancellationToken).ConfigureAwait(false));
        }

        await reportStage(ProgressStages.DetectorsCompleted, cancellationToken).ConfigureAwait(false);

        var (capped, dropped) = _limit.Apply(signals);
        var result = await classifier.ClassifyAsync(docId, extracted, capped, cancellationToken).ConfigureAwait(false);
        var (kept, droppedInAll) = _limit.Apply(result.RawSignals, dropped);
        await reportStage(ProgressStages.ClassificationCompleted, cancellationToken).ConfigureAwait(false);
        return result with { RawSignals = kept, DroppedSignals = droppedInAll };
    }

    /// <summary>The reader for a type sniffed at submit (readers sharing a media type read the same format); null when none.</summary>
    private IDocumentReader? ReaderFor(string? mediaType)
    {
        if (mediaType is null)
        {
            return null;
        }

        foreach (var reader in _readers)
        {
            if (string.Equals(reader.MediaType, mediaType, StringComparison.Ordinal))
            {
                return reader;
            }
        }

        return null;
    }

    /// <summary>The type is not known yet (a one-off classify, or a record without one): sniff it from the first bytes.</summary>
    private async Task<(IDocumentReader Reader, Stream Content)> SniffAsync(Stream content, CancellationToken cancellationToken)
    {
        var sniffed = await ContentSniffer.SniffAsync(content, _readers, cancellationToken).ConfigureAwait(false);
        if (sniffed.IsEmpty)
        {
            throw DocumentErrors.EngineWritten(new InvalidDataException("The document is empty."));
        }

        var reader = sniffed.Reader ?? throw DocumentErrors.EngineWritten(new InvalidDataException("The document's format is not supported."));
        return (reader, sniffed.Content);
    }
}
