using System.Collections.Concurrent;
using BatchEngine.Scheduling;

namespace BatchEngine.Testing;

/// <summary>Who is served first: round-robin across jobs of equal priority, higher priority first, and no document twice under concurrency.</summary>
public abstract partial class WorkQueueConformanceTests
{
    [Fact]
    public async Task A_small_job_behind_a_large_one_of_equal_priority_is_served_within_a_few_claims()
    {
        var large = await EnqueueJobAsync(200);
        var small = await EnqueueJobAsync(3);

        // Round-robin: the two jobs alternate, so the small job's three documents are out within six claims.
        var window = (2 * small.DocIds.Count) + ReadAhead;
        var claimed = await ClaimAsync(window);

        Assert.Equal(small.DocIds.Order(StringComparer.Ordinal), claimed.Where(i => i.JobId == small.JobId).Select(i => i.DocId).Order(StringComparer.Ordinal));
        Assert.Contains(claimed, i => i.JobId == large.JobId);
        await AcknowledgeAllAsync(claimed);
    }

    [Fact]
    public async Task A_higher_priority_job_is_served_before_a_lower_priority_job_enqueued_earlier()
    {
        var low = await EnqueueJobAsync(10, priority: 0);
        var high = await EnqueueJobAsync(5, priority: 5);

        var claimed = await ClaimAsync(15);

        var firstHigh = claimed.Take(high.DocIds.Count + ReadAhead).Where(i => i.JobId == high.JobId).Select(i => i.DocId);
        Assert.Equal(high.DocIds.Order(StringComparer.Ordinal), firstHigh.Order(StringComparer.Ordinal));
        Assert.Equal(low.DocIds.Order(StringComparer.Ordinal), claimed.Where(i => i.JobId == low.JobId).Select(i => i.DocId).Order(StringComparer.Ordinal));
        await AcknowledgeAllAsync(claimed);
        await AssertNothingMoreAsync();
    }

    [Fact]
    public async Task Concurrent_claimers_get_every_document_of_several_jobs_exactly_once()
    {
        const int Claimers = 8;
        var jobs = new List<JobWork>();
        for (var i = 0; i < 6; i++)
        {
            jobs.Add(await EnqueueJobAsync(40 + i, priority: i % 2));
        }

        var expected = jobs.SelectMany(j => j.DocIds.Select(d => (j.JobId, d))).ToHashSet();
        var claimed = new ConcurrentBag<WorkItem>();
        using var start = new SemaphoreSlim(0);
        using var deadline = new CancellationTokenSource(ClaimTimeout);
        var claimers = Enumerable.Range(0, Claimers).Select(_ => Task.Run(async () =>
        {
            await start.WaitAsync();
            while (claimed.Count < expected.Count && !deadline.IsCancellationRequested)
            {
                if (Queue.TryClaim(out var item))
                {
                    claimed.Add(item);
                    await Queue.AcknowledgeAsync(item, CancellationToken.None);
                    continue;
                }

                using var poll = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
                try
                {
                    await Queue.WaitForWorkAsync(poll.Token);
                }
                catch (OperationCanceledException) when (poll.IsCancellationRequested)
                {
                    // Another claimer may have taken the last document: look at the count again.
                }
            }
        })).ToArray();
        start.Release(Claimers);

        await Task.WhenAll(claimers);

        var handedOut = claimed.Select(i => (i.JobId, i.DocId)).ToList();
        Assert.Equal(handedOut.Count, handedOut.Distinct().Count());
        Assert.True(expected.SetEquals(handedOut), "Every document is handed out, and only the jobs' documents.");
        await AssertNothingMoreAsync();
    }
}
