namespace BatchEngine.Storage.InMemory;

/// <summary>
/// The in-memory store's jobs kept sorted newest first (creation time, then creation order) as they are added,
/// so listing a page walks only up to that page instead of sorting every job on each call.
/// </summary>
internal sealed class JobsNewestFirst
{
    private readonly Lock _gate = new();
    private readonly SortedSet<InMemoryJob> _jobs = new(NewestFirst.Instance);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _jobs.Count;
            }
        }
    }

    public void Add(InMemoryJob job)
    {
        lock (_gate)
        {
            _jobs.Add(job);
        }
    }

    public void Remove(InMemoryJob job)
    {
        lock (_gate)
        {
            _jobs.Remove(job);
        }
    }

    /// <summary>
    /// The jobs that <paramref name="matches"/>, skipping <paramref name="offset"/> and taking at most
    /// <paramref name="limit"/>, and how many matched in all. Without a filter only the page is visited.
    /// </summary>
    public (int Total, List<InMemoryJob> Page) Page(Func<InMemoryJob, bool>? matches, int offset, int limit)
    {
        var page = new List<InMemoryJob>(Math.Min(limit, 256));
        lock (_gate)
        {
            var total = 0;
            foreach (var job in _jobs)
            {
                if (matches is not null && !matches(job))
                {
                    continue;
                }

                if (total >= offset && page.Count < limit)
                {
                    page.Add(job);
                }
                else if (matches is null && page.Count == limit)
                {
                    return (_jobs.Count, page);
                }

                total++;
            }

            return (total, page);
        }
    }

    private sealed class NewestFirst : IComparer<InMemoryJob>
    {
        public static readonly NewestFirst Instance = new();

        public int Compare(InMemoryJob? x, InMemoryJob? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            var byTime = y!.CreatedAt.CompareTo(x!.CreatedAt);
            return byTime != 0 ? byTime : y.Sequence.CompareTo(x.Sequence);
        }
    }
}
