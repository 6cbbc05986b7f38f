using BatchEngine.Reading;

namespace BatchEngine.Detection;

/// <summary>Finds one family of evidence in a document's pages. Detectors run one after another on a worker; keep them fast.</summary>
public interface IDetector
{
    /// <summary>The detector's name, written into every signal it produces.</summary>
    string Name { get; }

    /// <summary>Scans the document's pages, each once, and returns what it found (masked).</summary>
    ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken);
}
