using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Queue;

[Collection(RedisCollection.Name)]
public sealed class RedisWorkQueueTests(RedisServerFixture fixture)
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix();

    [Fact]
    public async Task Claimed_items_are_every_document_once_and_acknowledging_empties_the_queue_and_the_claims()
    {
        await using var node = NewNode("a");
        await node.StartAsync();
        var work = await TestJobs.CreateAsync(node.Store, 7);
        await node.Queue.EnqueueAsync(work, CancellationToken.None);

        var claimed = new List<WorkItem>();
        for (var i = 0; i < 7; i++)
        {
            claimed.Add(await node.ClaimAsync());
        }

        Assert.Equal(work.DocIds.Order(), claimed.Select(c => c.DocId).Order());
        Assert.All(claimed, c => Assert.Equal(work.JobId, c.JobId));
        Assert.All(claimed, c => Assert.False(string.IsNullOrEmpty(c.Receipt)));
        Assert.False(node.Queue.TryClaim(out _));

        foreach (var item in claimed)
        {
            await node.Queue.AcknowledgeAsync(item, CancellationToken.None);
        }

        await Eventually.HoldsAsync(StreamCountsAsync, c => c == (0L, 0L), "no document waits and no claim is left");
    }

    [Fact]
    public async Task A_dead_hosts_document_is_released_to_pending_and_claimed_by_another_host_after_the_visibility_timeout()
    {
        var visibility = TimeSpan.FromSeconds(2);
        var a = NewNode("host-a", visibility, workers: 1);
        await a.StartAsync();
        var work = await TestJobs.CreateAsync(a.Store, 1);
        await a.Queue.EnqueueAsync(work, CancellationToken.None);
        var first = await a.ClaimAsync();
        Assert.True(await a.Store.TryStartDocumentAsync(first.DocId, CancellationToken.None));
        await a.Store.ReportProgressAsync(first.DocId, ProgressStages.DocumentLoaded, CancellationToken.None);
        await a.DisposeAsync(); // host A dies mid-document: its claim is no longer renewed

        await using var b = NewNode("host-b", visibility, workers: 1);
        await b.StartAsync();
        var second = await b.ClaimAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(first.DocId, second.DocId);
        var released = await b.Store.GetDocumentAsync(second.DocId, CancellationToken.None);
        Assert.Equal(DocumentStatus.Pending, released!.Status);
        Assert.Equal(0.0, released.Progress);
        Assert.Equal(1, released.Attempts);
        Assert.Equal(0.0, (await b.Store.GetJobAsync(work.JobId, CancellationToken.None))!.Progress);

        Assert.True(await b.Store.TryStartDocumentAsync(second.DocId, CancellationToken.None));
        Assert.True(await b.Store.CompleteDocumentAsync(second.DocId, TestJobs.Result(second.DocId), CancellationToken.None));
        await b.Queue.AcknowledgeAsync(second, CancellationToken.None);

        var job = await b.Store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Completed, job!.Status);
        Assert.Equal(1, job.Completed);
        Assert.Equal(2, (await b.Store.GetDocumentAsync(second.DocId, CancellationToken.None))!.Attempts);
        await Eventually.HoldsAsync(StreamCountsAsync, c => c == (0L, 0L), "no document waits and no claim is left");
    }

    [Fact]
    public async Task A_live_host_keeps_its_claim_past_the_visibility_timeout_because_it_renews_it()
    {
        var visibility = TimeSpan.FromSeconds(1);
        await using var a = NewNode("host-a", visibility, workers: 1);
        await a.StartAsync();
        var work = await TestJobs.CreateAsync(a.Store, 1);
        await a.Queue.EnqueueAsync(work, CancellationToken.None);
        var item = await a.ClaimAsync();
        Assert.True(await a.Store.TryStartDocumentAsync(item.DocId, CancellationToken.None));

        await using var b = NewNode("host-b", visibility, workers: 1);
        await b.StartAsync();
        // Several visibility timeouts pass while A still works on the document; B's reclaim runs each half timeout.
        using var watch = new CancellationTokenSource(visibility * 5);
        var stolen = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (true)
            {
                if (b.Queue.TryClaim(out var unexpected))
                {
                    throw new InvalidOperationException($"Host B took {unexpected.DocId} from a live host.");
                }

                await b.Queue.WaitForWorkAsync(watch.Token);
            }
        });

        Assert.NotNull(stolen);
        Assert.Equal(DocumentStatus.Processing, (await a.Store.GetDocumentAsync(item.DocId, CancellationToken.None))!.Status);
        var pending = await PendingOfAsync(work.JobId);
        Assert.Equal(1, pending);
    }

    [Fact]
    public async Task A_document_processed_by_two_hosts_is_counted_once_and_keeps_one_runs_result()
    {
        var visibility = TimeSpan.FromSeconds(1);
        await using var a = NewNode("host-a", visibility, workers: 1);
        await a.StartAsync();
        var work = await TestJobs.CreateAsync(a.Store, 1);
        await a.Queue.EnqueueAsync(work, CancellationToken.None);
        var itemA = await a.ClaimAsync();
        Assert.True(await a.Store.TryStartDocumentAsync(itemA.DocId, CancellationToken.None));
        await a.StopAsync(); // A stalls (stops renewing) but its worker is still running

        await using var b = NewNode("host-b", visibility, workers: 1);
        await b.StartAsync();
        var itemB = await b.ClaimAsync(TimeSpan.FromSeconds(60));
        Assert.True(await b.Store.TryStartDocumentAsync(itemB.DocId, CancellationToken.None));

        // Both runs finish; only the first to finish counts.
        Assert.True(await b.Store.CompleteDocumentAsync(itemB.DocId, TestJobs.Result(itemB.DocId, "run B"), CancellationToken.None));
        Assert.False(await a.Store.CompleteDocumentAsync(itemA.DocId, TestJobs.Result(itemA.DocId, "run A"), CancellationToken.None));
        Assert.False(await a.Store.FailDocumentAsync(itemA.DocId, "TimeoutException: late", CancellationToken.None));
        await a.Queue.AcknowledgeAsync(itemA, CancellationToken.None);
        await b.Queue.AcknowledgeAsync(itemB, CancellationToken.None);

        var job = await b.Store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal((JobStatus.Completed, 1, 0, 100.0), (job!.Status, job.Completed, job.Failed, job.Progress));
        var doc = await b.Store.GetDocumentAsync(itemB.DocId, CancellationToken.None);
        Assert.Equal("run B", doc!.Classification!.Explanation);
        await Eventually.HoldsAsync(StreamCountsAsync, c => c == (0L, 0L), "no document waits and no claim is left");
    }

    [Fact]
    public async Task Documents_of_a_cancelled_job_are_never_handed_out()
    {
        await using var node = NewNode("a");
        var work = await TestJobs.CreateAsync(node.Store, 20);
        await node.Queue.EnqueueAsync(work, CancellationToken.None);
        Assert.True(await node.Store.CancelJobAsync(work.JobId, CancellationToken.None));
        await node.StartAsync();

        await Eventually.HoldsAsync(StreamCountsAsync, c => c == (0L, 0L), "the cancelled job's queue is dropped");
        Assert.False(node.Queue.TryClaim(out _));
    }

    [Fact]
    public async Task Buffered_documents_of_a_job_cancelled_on_this_host_are_skipped()
    {
        await using var node = NewNode("a", workers: 4);
        await node.StartAsync();
        var work = await TestJobs.CreateAsync(node.Store, 3);
        await node.Queue.EnqueueAsync(work, CancellationToken.None);
        await Eventually.HoldsAsync(() => Task.FromResult(node.Queue.BufferedCount), n => n == 3, "the pump buffers the three entries");

        await node.Queue.CancelJobAsync(work.JobId, CancellationToken.None);

        Assert.False(node.Queue.TryClaim(out _));
        await Eventually.HoldsAsync(StreamCountsAsync, c => c == (0L, 0L), "the skipped documents' claims are dropped");
    }

    [Fact]
    public async Task A_released_item_goes_back_to_the_queue_for_any_host()
    {
        await using var a = NewNode("host-a", workers: 1);
        await a.StartAsync();
        var work = await TestJobs.CreateAsync(a.Store, 1);
        await a.Queue.EnqueueAsync(work, CancellationToken.None);
        var item = await a.ClaimAsync();
        await a.Queue.ReleaseAsync(item, CancellationToken.None);
        await a.StopAsync();

        await using var b = NewNode("host-b", workers: 1);
        await b.StartAsync();
        var again = await b.ClaimAsync(TimeSpan.FromSeconds(10)); // well under the 30 s visibility timeout
        Assert.Equal(item.DocId, again.DocId);
    }

    private RedisNode NewNode(string name, TimeSpan? visibility = null, int workers = 2) =>
        new(fixture.Server.ConnectionString, _prefix, name, visibility, workers);

    /// <summary>Documents waiting in the prefix's job queues and claims held, across every job.</summary>
    private async Task<(long Waiting, long Claimed)> StreamCountsAsync()
    {
        await using var admin = await fixture.Server.ConnectAsync();
        var db = admin.GetDatabase();
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        long waiting = 0, claimed = 0;
        await foreach (var key in server.KeysAsync(pattern: _prefix + "{*}:todo"))
        {
            waiting += await db.ListLengthAsync(key);
        }

        await foreach (var key in server.KeysAsync(pattern: _prefix + "{*}:claims"))
        {
            claimed += await db.SortedSetLengthAsync(key);
        }

        return (waiting, claimed);
    }

    private async Task<int> PendingOfAsync(string jobId)
    {
        await using var admin = await fixture.Server.ConnectAsync();
        return (int)await admin.GetDatabase().SortedSetLengthAsync(new RedisKeys(_prefix).JobClaims(jobId));
    }
}
