using BatchEngine.Detection;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Support;

/// <summary>A test detector: one signal per page containing "secret".</summary>
internal sealed class KeywordDetector : IDetector
{
    public string Name => "keyword";

    public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        IReadOnlyList<DetectionSignal> signals =
        [
            .. document.Pages
                .Where(p => p.Text.Contains("secret", StringComparison.Ordinal))
                .Select(p => new DetectionSignal
                {
                    Detector = Name,
                    Type = "Marker:Secret",
                    Page = p.Number,
                    Confidence = 0.9,
                    Start = p.Text.IndexOf("secret", StringComparison.Ordinal),
                    Length = 6,
                    Snippet = "******",
                }),
        ];
        return ValueTask.FromResult(signals);
    }
}
