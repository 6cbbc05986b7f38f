using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Snippets;

/// <summary>
/// The sensitive values of one page, each kind found the first time it is asked for and kept: a value detector
/// takes its own kind, a snippet takes them all. Scanned as a masking pass (page 0) in <see cref="PageWindows"/>,
/// with the cancellation token checked between windows. Safe to share between threads: a kind scanned twice at
/// once gives the same hits, and the first result published wins.
/// </summary>
internal sealed class PageValues(string text, IFinder[] finders)
{
    private readonly Finding[]?[] _byKind = new Finding[finders.Length][];
    private SortedValues? _all;

    /// <summary>The hits of one kind, in the order its finder reported them.</summary>
    public Finding[] Of(SensitiveValue kind, CancellationToken cancellationToken)
    {
        int index = (int)kind;
        Finding[]? hits = Volatile.Read(ref _byKind[index]);
        if (hits is null)
        {
            hits = Scan(finders[index], cancellationToken);
            hits = Interlocked.CompareExchange(ref _byKind[index], hits, null) ?? hits;
        }

        return hits;
    }

    /// <summary>Every value on the page, sorted by start (the longer first at one start).</summary>
    public SortedValues All(CancellationToken cancellationToken)
    {
        SortedValues? all = Volatile.Read(ref _all);
        if (all is not null)
        {
            return all;
        }

        var values = new List<Finding>();
        foreach (SensitiveValue kind in Enum.GetValues<SensitiveValue>())
        {
            values.AddRange(Of(kind, cancellationToken));
        }

        all = new SortedValues([.. values]);
        return Interlocked.CompareExchange(ref _all, all, null) ?? all;
    }

    private Finding[] Scan(IFinder finder, CancellationToken cancellationToken)
    {
        var hits = new List<Finding>();
        var found = new List<Finding>();
        foreach (var window in PageWindows.Of(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            finder.Find(text.AsSpan(window.Start, window.End - window.Start), 0, found);
            foreach (Finding inWindow in found)
            {
                Finding finding = inWindow with { Start = inWindow.Start + window.Start };
                if (window.Keeps(finding.Start))
                {
                    hits.Add(finding);
                }
            }
        }

        return hits.Count == 0 ? [] : [.. hits];
    }
}
