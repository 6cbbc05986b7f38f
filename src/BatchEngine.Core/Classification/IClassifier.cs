using BatchEngine.Detection;
using BatchEngine.Reading;

namespace BatchEngine.Classification;

/// <summary>Turns the detectors' signals and the document's pages into a classification.</summary>
public interface IClassifier
{
    /// <summary>Classifies one document.</summary>
    /// <param name="docId">The document's id, copied into the result.</param>
    /// <param name="document">The extracted pages and counts.</param>
    /// <param name="signals">Every signal every detector produced for the document.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    ValueTask<ClassificationResult> ClassifyAsync(
        string docId,
        ExtractedDocument document,
        IReadOnlyList<DetectionSignal> signals,
        CancellationToken cancellationToken);
}
