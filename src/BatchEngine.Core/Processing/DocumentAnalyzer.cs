using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Jobs;
using BatchEngine.Reading;
using BatchEngine.Reading.Ocr;

namespace BatchEngine.Processing;

/// <summary>
/// Reads one document's content, runs every detector and the classifier, and reports each stage reached
/// (<see cref="ProgressStages.DocumentLoaded"/>, <see cref="ProgressStages.DetectorsCompleted"/>,
/// <see cref="ProgressStages.ClassificationCompleted"/>). Shared by the workers and the one-off
/// <c>ClassifyAsync</c>, so both classify a file the same way.
/// </summary>
internal sealed class DocumentAnalyzer(
    IEnumerable<IDocumentReader> readers,
    IEnumerable<IDetector> detectors,
    IEnumerable<IClassifier> classifiers,
    DocumentOcr ocr)
{
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
        var classifier = _classifier ?? throw new InvalidOperationException(
            "No IClassifier is registered. Call AddBatchEngine() with the default classifier or AddClassifier<T>().");

        var sniffed = await ContentSniffer.SniffAsync(content, _readers, cancellationToken);
        if (sniffed.IsEmpty)
        {
            throw new InvalidDataException("The document is empty.");
        }

        var reader = sniffed.Reader ?? throw new InvalidDataException("The document's format is not supported.");
        var extracted = await reader.ReadAsync(sniffed.Content, cancellationToken);
        extracted = await ocr.ApplyAsync(extracted, cancellationToken);
        await reportStage(ProgressStages.DocumentLoaded, cancellationToken);

        var signals = new List<DetectionSignal>();
        foreach (var detector in _detectors)
        {
            signals.AddRange(await detector.DetectAsync(extracted, cancellationToken));
        }

        await reportStage(ProgressStages.DetectorsCompleted, cancellationToken);

        var result = await classifier.ClassifyAsync(docId, extracted, signals, cancellationToken);
        await reportStage(ProgressStages.ClassificationCompleted, cancellationToken);
        return result;
    }
}
