using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using BatchEngine.Reading;

namespace BatchEngine.Detection;

/// <summary>
/// The shape of every built-in detector: one finder run once over each page, each hit turned into a signal
/// with a masked snippet. Work is synchronous and CPU-bound; cancellation is checked between pages and, on a long
/// page, between its <see cref="PageWindows"/>. A value detector (one <see cref="SensitiveValue"/>) takes its hits
/// from the page's shared <see cref="PageValues"/>, which the snippets of every detector mask from, so each kind of
/// value is looked for once per page.
/// </summary>
internal abstract class FindingDetector : IDetector
{
    private readonly IFinder _finder;
    private readonly SensitiveValue? _kind;
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

    /// <param name="name">The detector's name.</param>
    /// <param name="kind">The kind of sensitive value it reports, found by the shared finder of that kind.</param>
    /// <param name="options">Detection options (finders, snippets, masking).</param>
    protected FindingDetector(string name, SensitiveValue kind, DetectionOptions options)
        : this(name, SensitiveValueFinders.For(options).Finders[(int)kind], options)
    {
        _kind = kind;
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
            if (_origins is not null)
            {
                FindInOrigins(page, found);
            }
            else if (_kind is { } kind && (page.Number <= 1 || !SensitiveValueFinders.ReadsPage(kind)))
            {
                found.AddRange(_snippets.ValuesOf(page.Text) is { } values ? values.Of(kind, cancellationToken) : FindInWindows(page, cancellationToken));
            }
            else
            {
                found.AddRange(FindInWindows(page, cancellationToken));
            }

            if (found.Count == 0)
            {
                continue;
            }

            // The page's values are found once, here, where the token is at hand; each snippet then reads them.
            _snippets.ValuesOf(page.Text)?.All(cancellationToken);
            foreach (Finding finding in found)
            {
                (signals ??= []).Add(ToSignal(page, finding));
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

    /// <summary>Runs the finder over the page window by window, offsets made the page's.</summary>
    private List<Finding> FindInWindows(PageText page, CancellationToken cancellationToken)
    {
        var hits = new List<Finding>();
        var found = new List<Finding>();
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
                    hits.Add(finding);
                }
            }
        }

        return hits;
    }

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
