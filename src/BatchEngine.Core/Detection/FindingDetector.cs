using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using BatchEngine.Reading;

namespace BatchEngine.Detection;

/// <summary>
/// The shape of every built-in detector: one finder run once over each page, each hit turned into a signal
/// with a masked snippet. Work is synchronous and CPU-bound; cancellation is checked between pages.
/// </summary>
internal abstract class FindingDetector : IDetector
{
    private readonly IFinder _finder;
    private readonly SnippetBuilder _snippets;

    protected FindingDetector(string name, IFinder finder, DetectionOptions options)
    {
        Name = name;
        _finder = finder;
        _snippets = new SnippetBuilder(options);
    }

    public string Name { get; }

    public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<DetectionSignal>? signals = null;
        var found = new List<Finding>();
        foreach (PageText page in document.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            _finder.Find(page.Text, page.Number, found);
            foreach (Finding finding in found)
            {
                (signals ??= []).Add(new DetectionSignal
                {
                    Detector = Name,
                    Type = finding.Type,
                    Page = page.Number,
                    Confidence = Math.Round(finding.Confidence, 2),
                    Start = finding.Start,
                    Length = finding.Length,
                    Snippet = _snippets.Build(page.Text, finding),
                    Origin = page.OriginAt(finding.Start).Code,
                });
            }
        }

        return ValueTask.FromResult<IReadOnlyList<DetectionSignal>>(signals ?? (IReadOnlyList<DetectionSignal>)[]);
    }
}
