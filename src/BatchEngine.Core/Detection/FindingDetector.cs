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
    private readonly TextOriginKind[]? _origins;

    /// <param name="name">The detector's name.</param>
    /// <param name="finder">The finder run over each page.</param>
    /// <param name="options">Detection options (snippets, masking).</param>
    /// <param name="origins">When set, the finder reads only the stretches of text of these origins (comments, annotations).</param>
    protected FindingDetector(string name, IFinder finder, DetectionOptions options, TextOriginKind[]? origins = null)
    {
        Name = name;
        _finder = finder;
        _snippets = new SnippetBuilder(options);
        _origins = origins;
    }

    public string Name { get; }

    public ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<DetectionSignal>? signals = null;
        var found = new List<Finding>();
        foreach (PageText page in document.Pages)
        {
            if (_origins is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Clear();
                FindInOrigins(page, found);
                foreach (Finding finding in found)
                {
                    (signals ??= []).Add(ToSignal(page, finding));
                }

                continue;
            }

            foreach (var window in PageWindows.Of(page.Text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Clear();
                // A later window is a slice (page 0), so nothing in it is taken for the page's heading.
                _finder.Find(page.Text.AsSpan(window.Start, window.End - window.Start), window.IsFirst ? page.Number : 0, found);
                foreach (Finding inWindow in found)
                {
                    Finding finding = inWindow with { Start = inWindow.Start + window.Start };
                    if (window.Keeps(finding.Start))
                    {
                        (signals ??= []).Add(ToSignal(page, finding));
                    }
                }
            }
        }

        return ValueTask.FromResult<IReadOnlyList<DetectionSignal>>(signals ?? (IReadOnlyList<DetectionSignal>)[]);
    }

    private DetectionSignal ToSignal(PageText page, Finding finding) => new()
    {
        Detector = Name,
        Type = finding.Type,
        Page = page.Number,
        Confidence = Math.Round(finding.Confidence, 2),
        Start = finding.Start,
        Length = finding.Length,
        Snippet = _snippets.Build(page.Text, finding),
        Origin = page.OriginAt(finding.Start).Code,
    };

    /// <summary>Runs the finder over the page's stretches of the chosen origins only (comments and annotations are short).</summary>
    private void FindInOrigins(PageText page, List<Finding> found)
    {
        var slice = new List<Finding>();
        foreach (TextSegment segment in page.Segments.Where(s => Array.IndexOf(_origins!, s.Origin.Kind) >= 0))
        {
            slice.Clear();
            _finder.Find(page.Text.AsSpan(segment.Start, segment.Length), page.Number, slice);
            found.AddRange(slice.Select(f => f with { Start = f.Start + segment.Start }));
        }
    }
}
