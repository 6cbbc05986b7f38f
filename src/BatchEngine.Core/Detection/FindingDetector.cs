using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using BatchEngine.Reading;

namespace BatchEngine.Detection;

/// <summary>
/// The shape of every built-in detector: one finder run once over each page, each hit turned into a signal
/// with a masked snippet. Work is synchronous and CPU-bound; cancellation is checked between pages and, on a long
/// page, between its <see cref="PageWindows"/>.
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
            foreach (var window in PageWindows.Of(page.Text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Clear();
                // A later window is a slice (page 0), so nothing in it is taken for the page's heading.
                _finder.Find(page.Text.AsSpan(window.Start, window.End - window.Start), window.IsFirst ? page.Number : 0, found);
                foreach (Finding inWindow in found)
                {
                    Finding finding = inWindow with { Start = inWindow.Start + window.Start };
                    if (!window.Keeps(finding.Start))
                    {
                        continue;
                    }

                    (signals ??= []).Add(new DetectionSignal
                    {
                        Detector = Name,
                        Type = finding.Type,
                        Page = page.Number,
                        Confidence = Math.Round(finding.Confidence, 2),
                        Start = finding.Start,
                        Length = finding.Length,
                        Snippet = _snippets.Build(page.Text, finding),
                    });
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyList<DetectionSignal>>(signals ?? (IReadOnlyList<DetectionSignal>)[]);
    }
}
