using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Support;

/// <summary>A test classifier: Confidential when any signal fired, else Public. Counts its calls per document.</summary>
internal sealed class CountingClassifier(TestProbe probe) : IClassifier
{
    public ValueTask<ClassificationResult> ClassifyAsync(
        string docId, ExtractedDocument document, IReadOnlyList<DetectionSignal> signals, CancellationToken cancellationToken)
    {
        probe.Classified.AddOrUpdate(docId, 1, static (_, n) => n + 1);
        return ValueTask.FromResult(new ClassificationResult
        {
            DocId = docId,
            FinalCategory = signals.Count > 0 ? SensitivityCategory.Confidential : SensitivityCategory.Public,
            Confidence = signals.Count > 0 ? 0.9 : 0.6,
            Explanation = signals.Count > 0 ? "A secret marker was found." : "Nothing sensitive was found.",
            PageCount = document.PageCount,
            ContentSafety = new ContentSafety { IsUnsafe = false },
            RawSignals = signals,
        });
    }
}
