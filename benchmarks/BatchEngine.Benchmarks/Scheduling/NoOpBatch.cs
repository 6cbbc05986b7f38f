using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>
/// Documents whose processing does nothing, made once in setup: the jobs as BatchEngine's queue takes
/// them, and the same documents as the flat list of work items that every alternative is fed.
/// </summary>
internal sealed class NoOpBatch
{
    private const int SmallJobSize = 100;

    private NoOpBatch(IReadOnlyList<JobWork> jobs, WorkItem[] items)
    {
        Jobs = jobs;
        Items = items;
    }

    public IReadOnlyList<JobWork> Jobs { get; }

    public WorkItem[] Items { get; }

    public int Count => Items.Length;

    public static NoOpBatch Create(BatchShape shape, int documents, string jobPrefix = "job")
    {
        var jobSize = shape == BatchShape.OneBigJob ? documents : SmallJobSize;
        var jobs = new List<JobWork>();
        var items = new WorkItem[documents];
        for (var first = 0; first < documents; first += jobSize)
        {
            var jobId = $"{jobPrefix}-{jobs.Count:D5}";
            var docIds = new string[Math.Min(jobSize, documents - first)];
            for (var i = 0; i < docIds.Length; i++)
            {
                docIds[i] = $"{jobId}-doc-{i:D6}";
                items[first + i] = new WorkItem(jobId, docIds[i]);
            }

            jobs.Add(new JobWork(jobId, docIds));
        }

        return new NoOpBatch(jobs, items);
    }
}
