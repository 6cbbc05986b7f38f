using System.Collections.Concurrent;

namespace BatchEngine.Scheduling;

// Design of the lock-free scheduler (the default IWorkQueue).
//
// - A job is a JobRange: its DocIds list plus one int counter. Enqueueing a job of N documents stores the
//   list (no copy) and publishes the range: O(1) in N.
// - The ranges that can still hand out documents live in an immutable ActiveJobSet, grouped in
//   PriorityTiers, highest priority first. The set is replaced by compare-and-swap when a job is added,
//   drained or cancelled - once per job, never per document - so the claim path only reads it.
// - TryClaim walks the tiers from the highest priority; inside a tier a shared RoundRobinJobCursor picks
//   the starting job (one Interlocked.Increment), and the job's range gives out its next index (another
//   Interlocked.Increment). Consecutive claims therefore rotate across the jobs of the top tier, so a
//   3-document job is served within a few claims even behind a 10,000-document one. Lower tiers get
//   workers only when every higher-priority job is drained.
// - No lock, no closure, no task on the claim path: WorkItem is a struct made of strings that already
//   exist, so a claim allocates nothing. A drained job is retired from the set by the worker that finds it
//   drained (one allocation per job).
// - Cancelling a job flags its range (no further claims) and retires it. A document already claimed is
//   still checked against the job store, which refuses to start a cancelled document.
// - Released documents (graceful stop) go to a small concurrent queue that claims look at first. It is
//   checked through a counter so the common path reads one int.
// - Idle workers park in IdleWorkerParking (an awaited signal, no spinning) and are woken when work is
//   enqueued or released.
/// <summary>The default in-process <see cref="IWorkQueue"/>: lock-free, O(1) enqueue, round-robin across jobs, priorities.</summary>
internal sealed class LockFreeWorkQueue : IWorkQueue
{
    private readonly ConcurrentDictionary<string, JobRange> _jobsById = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WorkItem> _released = new();
    private readonly RoundRobinJobCursor _cursor = new();
    private readonly IdleWorkerParking _parking = new();
    private readonly Func<bool> _hasWork;
    private ActiveJobSet _active = ActiveJobSet.Empty;
    private int _releasedCount;

    public LockFreeWorkQueue() => _hasWork = HasWork;

    public ValueTask EnqueueAsync(JobWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var job = new JobRange(work);
        if (!_jobsById.TryAdd(job.JobId, job))
        {
            throw new InvalidOperationException($"Job {job.JobId} is already scheduled.");
        }

        if (job.Count > 0)
        {
            Swap(static (set, j) => set.With(j), job);
            _parking.WakeAll();
        }
        else
        {
            _jobsById.TryRemove(new KeyValuePair<string, JobRange>(job.JobId, job));
        }

        return ValueTask.CompletedTask;
    }

    public bool TryClaim(out WorkItem item)
    {
        if (Volatile.Read(ref _releasedCount) > 0 && _released.TryDequeue(out item))
        {
            Interlocked.Decrement(ref _releasedCount);
            return true;
        }

        while (true)
        {
            var set = Volatile.Read(ref _active);
            foreach (var tier in set.Tiers)
            {
                var jobs = tier.Jobs;
                var start = _cursor.Next(jobs.Length);
                for (var i = 0; i < jobs.Length; i++)
                {
                    var job = jobs[(start + i) % jobs.Length];
                    if (job.TryClaim(out var docId, out var mediaType))
                    {
                        item = new WorkItem(job.JobId, docId) { MediaType = mediaType };
                        return true;
                    }

                    RetireDrained();
                }
            }

            // Every job we saw was drained. If the set changed meanwhile (a job arrived), look again.
            if (ReferenceEquals(set, Volatile.Read(ref _active)))
            {
                item = default;
                return false;
            }
        }
    }

    public ValueTask WaitForWorkAsync(CancellationToken cancellationToken) => _parking.WaitAsync(_hasWork, cancellationToken);

    public ValueTask AcknowledgeAsync(WorkItem item, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ReleaseAsync(WorkItem item, CancellationToken cancellationToken)
    {
        _released.Enqueue(item);
        Interlocked.Increment(ref _releasedCount);
        _parking.WakeAll();
        return ValueTask.CompletedTask;
    }

    public ValueTask CancelJobAsync(string jobId, CancellationToken cancellationToken)
    {
        if (_jobsById.TryGetValue(jobId, out var job))
        {
            job.Cancel();
            Retire(job);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>True when a claim may succeed now.</summary>
    internal bool HasWork() => Volatile.Read(ref _releasedCount) > 0 || Volatile.Read(ref _active).HasClaimableJob;

    /// <summary>How many jobs can still hand out documents (for tests and diagnostics).</summary>
    internal int ActiveJobCount => Volatile.Read(ref _active).Tiers.Sum(t => t.Jobs.Length);

    private void Retire(JobRange job)
    {
        if (!job.IsDrained)
        {
            return;
        }

        Swap(static (set, j) => set.Without(j), job);
        _jobsById.TryRemove(new KeyValuePair<string, JobRange>(job.JobId, job));
    }

    private void RetireDrained()
    {
        var removed = new List<JobRange>();
        while (true)
        {
            var current = Volatile.Read(ref _active);
            var next = current.WithoutDrained(removed);
            if (ReferenceEquals(next, current))
            {
                return;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _active, next, current), current))
            {
                foreach (var job in removed)
                {
                    _jobsById.TryRemove(new KeyValuePair<string, JobRange>(job.JobId, job));
                }

                return;
            }
        }
    }

    private void Swap(Func<ActiveJobSet, JobRange, ActiveJobSet> change, JobRange job)
    {
        while (true)
        {
            var current = Volatile.Read(ref _active);
            var next = change(current, job);
            if (ReferenceEquals(next, current) || ReferenceEquals(Interlocked.CompareExchange(ref _active, next, current), current))
            {
                return;
            }
        }
    }
}
