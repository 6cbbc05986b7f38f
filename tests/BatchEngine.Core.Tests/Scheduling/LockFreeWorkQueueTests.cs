using System.Collections.Concurrent;
using BatchEngine.Scheduling;

namespace BatchEngine.Tests.Scheduling;

public sealed class LockFreeWorkQueueTests
{
    [Fact]
    public async Task A_job_hands_out_each_document_once_in_upload_order_then_nothing()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 5), CancellationToken.None);

        var claimed = ClaimAll(queue);

        Assert.Equal(["a-0", "a-1", "a-2", "a-3", "a-4"], claimed.Select(i => i.DocId));
        Assert.All(claimed, i => Assert.Equal("a", i.JobId));
        Assert.False(queue.TryClaim(out _));
        Assert.Equal(0, queue.ActiveJobCount);
    }

    [Fact]
    public async Task Enqueueing_keeps_the_callers_list_instead_of_copying_it()
    {
        var queue = new LockFreeWorkQueue();
        var docIds = new List<string> { "d0", "d1" };
        await queue.EnqueueAsync(new JobWork("j", docIds), CancellationToken.None);

        // The range points into the list given: O(1) enqueue, whatever the number of documents.
        docIds[1] = "replaced";
        Assert.Equal(["d0", "replaced"], ClaimAll(queue).Select(i => i.DocId));
    }

    [Fact]
    public async Task Jobs_of_equal_priority_take_turns()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 4), CancellationToken.None);
        await queue.EnqueueAsync(Job("b", 4), CancellationToken.None);
        await queue.EnqueueAsync(Job("c", 4), CancellationToken.None);

        var firstNine = ClaimAll(queue).Take(9).Select(i => i.JobId).ToList();

        Assert.Equal(3, firstNine.Count(j => j == "a"));
        Assert.Equal(3, firstNine.Count(j => j == "b"));
        Assert.Equal(3, firstNine.Count(j => j == "c"));
    }

    [Fact]
    public async Task A_small_job_enqueued_behind_a_big_one_is_served_within_a_few_claims()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("big", 5_000), CancellationToken.None);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(queue.TryClaim(out _));
        }

        await queue.EnqueueAsync(Job("small", 3), CancellationToken.None);
        var next = Enumerable.Range(0, 6).Select(_ => queue.TryClaim(out var item) ? item.JobId : "none").ToList();

        Assert.Equal(3, next.Count(j => j == "small"));
    }

    [Fact]
    public async Task Higher_priority_jobs_are_served_first_and_lower_ones_after()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("low", 3, priority: -1), CancellationToken.None);
        await queue.EnqueueAsync(Job("normal", 3), CancellationToken.None);
        await queue.EnqueueAsync(Job("high", 3, priority: 5), CancellationToken.None);

        var order = ClaimAll(queue).Select(i => i.JobId).ToList();

        Assert.Equal(["high", "high", "high", "normal", "normal", "normal", "low", "low", "low"], order);
    }

    [Fact]
    public async Task A_cancelled_job_hands_out_nothing_more()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 10), CancellationToken.None);
        await queue.EnqueueAsync(Job("b", 2), CancellationToken.None);
        Assert.True(queue.TryClaim(out _));

        await queue.CancelJobAsync("a", CancellationToken.None);

        Assert.All(ClaimAll(queue), i => Assert.Equal("b", i.JobId));
    }

    [Fact]
    public async Task A_released_document_is_claimed_again()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 1), CancellationToken.None);
        Assert.True(queue.TryClaim(out var item));
        Assert.False(queue.TryClaim(out _));

        await queue.ReleaseAsync(item, CancellationToken.None);

        Assert.True(queue.TryClaim(out var again));
        Assert.Equal(item, again);
        Assert.False(queue.TryClaim(out _));
    }

    [Fact]
    public async Task Many_threads_claiming_at_once_get_every_document_exactly_once()
    {
        var queue = new LockFreeWorkQueue();
        var sizes = new[] { 40_000, 3, 25_000, 1, 10_000 };
        for (var j = 0; j < sizes.Length; j++)
        {
            await queue.EnqueueAsync(Job($"j{j}", sizes[j], priority: j % 2), CancellationToken.None);
        }

        var claimed = new ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            while (queue.TryClaim(out var item))
            {
                claimed.Add(item.DocId);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(sizes.Sum(), claimed.Count);
        Assert.Equal(sizes.Sum(), claimed.Distinct().Count());
        Assert.Equal(0, queue.ActiveJobCount);
    }

    [Fact]
    public async Task Claiming_a_document_allocates_nothing()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 20_000), CancellationToken.None);
        await queue.EnqueueAsync(Job("b", 20_000), CancellationToken.None);
        for (var i = 0; i < 1_000; i++)
        {
            queue.TryClaim(out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            queue.TryClaim(out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public async Task An_idle_worker_parks_until_work_arrives()
    {
        var queue = new LockFreeWorkQueue();
        var parked = queue.WaitForWorkAsync(CancellationToken.None).AsTask();
        Assert.False(parked.IsCompleted);

        await queue.EnqueueAsync(Job("a", 1), CancellationToken.None);

        await parked.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(queue.TryClaim(out _));
    }

    [Fact]
    public async Task Waiting_returns_at_once_when_work_is_there_and_stops_when_cancelled()
    {
        var queue = new LockFreeWorkQueue();
        using var cancel = new CancellationTokenSource();
        var parked = queue.WaitForWorkAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => parked.WaitAsync(TimeSpan.FromSeconds(30)));

        await queue.EnqueueAsync(Job("a", 1), CancellationToken.None);
        Assert.True(queue.WaitForWorkAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Enqueueing_the_same_job_twice_is_refused()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 2), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => queue.EnqueueAsync(Job("a", 2), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task A_job_drained_between_others_leaves_the_rest_of_its_tier_in_place()
    {
        var queue = new LockFreeWorkQueue();
        await queue.EnqueueAsync(Job("a", 3), CancellationToken.None);
        await queue.EnqueueAsync(Job("b", 1), CancellationToken.None);
        await queue.EnqueueAsync(Job("c", 3), CancellationToken.None);
        await queue.EnqueueAsync(Job("d", 3), CancellationToken.None);

        // "b" drains first and is retired from the middle of its tier; the jobs around it must stay.
        var claimed = ClaimAll(queue);

        Assert.Equal(10, claimed.Select(i => i.DocId).Distinct().Count());
        foreach (var job in new[] { "a", "b", "c", "d" })
        {
            var docs = claimed.Where(i => i.JobId == job).Select(i => i.DocId).ToList();
            Assert.Equal(Job(job, job == "b" ? 1 : 3).DocIds, docs);
        }

        Assert.Equal(0, queue.ActiveJobCount);
    }

    private static JobWork Job(string jobId, int documents, int priority = 0) =>
        new(jobId, [.. Enumerable.Range(0, documents).Select(i => $"{jobId}-{i}")], priority);

    private static List<WorkItem> ClaimAll(LockFreeWorkQueue queue)
    {
        var claimed = new List<WorkItem>();
        while (queue.TryClaim(out var item))
        {
            claimed.Add(item);
        }

        return claimed;
    }
}
