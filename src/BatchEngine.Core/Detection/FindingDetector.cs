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
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            Find(page, found);
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

    private void Find(PageText page, List<Finding> found)
    {
        if (_origins is null)
        {
            _finder.Find(page.Text, page.Number, found);
            return;
        }

        var slice = new List<Finding>();
        foreach (TextSegment segment in page.Segments.Where(s => Array.IndexOf(_origins, s.Origin.Kind) >= 0))
        {
            slice.Clear();
            _finder.Find(page.Text.AsSpan(segment.Start, segment.Length), page.Number, slice);
            found.AddRange(slice.Select(f => f with { Start = f.Start + segment.Start }));
        }
    }
}
