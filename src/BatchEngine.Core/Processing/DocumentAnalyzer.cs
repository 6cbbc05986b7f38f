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

    public async Task<ClassificationResult> AnalyzeAsync(
        string docId,
        Stream content,
        Func<double, CancellationToken, Task> reportStage,
        CancellationToken cancellationToken)
    {
        var classifier = _classifier ?? throw DocumentErrors.EngineWritten(new InvalidOperationException(
            "No IClassifier is registered. Call AddBatchEngine() with the default classifier or AddClassifier<T>()."));

        var sniffed = await ContentSniffer.SniffAsync(content, _readers, cancellationToken).ConfigureAwait(false);
        if (sniffed.IsEmpty)
        {
            throw DocumentErrors.EngineWritten(new InvalidDataException("The document is empty."));
        }

        var reader = sniffed.Reader ?? throw DocumentErrors.EngineWritten(new InvalidDataException("The document's format is not supported."));
        var extracted = await reader.ReadAsync(sniffed.Content, cancellationToken).ConfigureAwait(false);
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
}
