using BatchEngine.Jobs;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 1: a claim's clock started when the document entered the host's buffer, its renewals
/// stopped after DocumentTimeout + VisibilityTimeout from then (and at once when the pump stopped), so another
/// host took the document over while the first run went on; and the stale run's complete and acknowledge
/// were not checked against who held the document. Two nodes share one redis-server and one fake clock.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class ClaimHolderTests(RedisServerFixture fixture)
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DocumentTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_document_running_longer_than_the_hold_is_not_taken_over()
    {
        var time = FakeClock.Start();
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = Node(prefix, "host-a", time);
        await using var b = Node(prefix, "host-b", time);
        var (docId, item) = await ClaimAndStartOnAsync(a);
        await b.StartAsync();

        // Five times DocumentTimeout + VisibilityTimeout: the worker still runs it (its deadline was paused, say).
        await FakeClock.AdvanceAsync(time, TimeSpan.FromSeconds(10));

        Assert.False(b.Queue.TryClaim(out _), "the other host took over a document that still runs");
        Assert.True(await a.Store.CompleteDocumentAsync(docId, TestJobs.Result(docId), CancellationToken.None));
        var doc = await a.Store.GetDocumentAsync(docId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Completed, 1, "host-a"), (doc!.Status, doc.Attempts, await HostOfAsync(a, item)));
    }

    [Fact]
    public async Task A_stale_holder_cannot_complete_a_document_another_host_took_over()
    {
        var time = FakeClock.Start();
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = Node(prefix, "host-a", time);
        await using var b = Node(prefix, "host-b", time);
        var (docId, item) = await ClaimAndStartOnAsync(a);
        var taken = await TakeOverOnAsync(b, a, time);
        Assert.Equal(docId, taken.DocId);
        Assert.True(await b.Store.TryStartDocumentAsync(docId, CancellationToken.None));

        // Host A's run ends after the takeover: every transition of it is refused, nothing is written
        // (progress is sent without waiting for its answer, so only the stored value shows it was refused).
        await a.Store.ReportProgressAsync(docId, 60, CancellationToken.None);
        Assert.False(await a.Store.CompleteDocumentAsync(docId, TestJobs.Result(docId, "stale"), CancellationToken.None));
        Assert.False(await a.Store.FailDocumentAsync(docId, "TimeoutException: stale", CancellationToken.None));
        Assert.False(await a.Store.ReleaseDocumentAsync(docId, CancellationToken.None));
        var during = await b.Store.GetDocumentAsync(docId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Processing, 10d, "host-b"), (during!.Status, during.Progress, await HostOfAsync(b, item)));

        Assert.True(await b.Store.CompleteDocumentAsync(docId, TestJobs.Result(docId, "new holder"), CancellationToken.None));
        var doc = await b.Store.GetDocumentAsync(docId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Completed, "new holder"), (doc!.Status, doc.Classification!.Explanation));
    }

    [Fact]
    public async Task A_stale_holder_does_not_acknowledge_the_new_holders_entry()
    {
        var time = FakeClock.Start();
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = Node(prefix, "host-a", time);
        await using var b = Node(prefix, "host-b", time);
        var (docId, staleItem) = await ClaimAndStartOnAsync(a);
        var taken = await TakeOverOnAsync(b, a, time);
        Assert.True(await b.Store.TryStartDocumentAsync(taken.DocId, CancellationToken.None));

        await a.Queue.AcknowledgeAsync(staleItem, CancellationToken.None);
        await a.Queue.ReleaseAsync(staleItem, CancellationToken.None);
        await a.Connection.Database.PingAsync(); // the acknowledge is sent without waiting; this answer comes after it

        var db = b.Connection.Database;
        Assert.NotNull(await db.SortedSetScoreAsync(b.Connection.Keys.JobClaims(staleItem.JobId), docId));
        Assert.Equal(0, await db.ListLengthAsync(b.Connection.Keys.JobQueue(staleItem.JobId)));
    }

    [Fact]
    public async Task Graceful_stop_keeps_renewing_until_drained()
    {
        var time = FakeClock.Start();
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = Node(prefix, "host-a", time);
        await using var b = Node(prefix, "host-b", time);
        var (docId, item) = await ClaimAndStartOnAsync(a);
        await b.StartAsync();

        // The host stops its pump before the engine has drained (hosted services stop in reverse order).
        await a.Pump.StopAsync(CancellationToken.None);
        await FakeClock.AdvanceAsync(time, TimeSpan.FromSeconds(5));

        Assert.False(b.Queue.TryClaim(out _), "the other host took over a document the stopping host was still running");
        Assert.True(await a.Store.CompleteDocumentAsync(docId, TestJobs.Result(docId), CancellationToken.None));
        await a.Queue.AcknowledgeAsync(item, CancellationToken.None);
        Assert.Equal(0, a.Queue.HeldCount);
    }

    private static async Task<string?> HostOfAsync(RedisNode node, global::BatchEngine.Scheduling.WorkItem item) =>
        await node.Connection.Database.HashGetAsync(node.Connection.Keys.Document(item.JobId, item.DocId), "host");

    private RedisNode Node(string prefix, string name, FakeTimeProvider time) =>
        new(fixture.Server.ConnectionString, prefix, name, Visibility, workers: 1, DocumentTimeout, time);

    /// <summary>A one-document job claimed by a worker of <paramref name="node"/> and started there.</summary>
    private static async Task<(string DocId, global::BatchEngine.Scheduling.WorkItem Item)> ClaimAndStartOnAsync(RedisNode node)
    {
        var work = await TestJobs.CreateAsync(node.Store, 1);
        await node.Queue.EnqueueAsync(work, CancellationToken.None);
        await node.StartAsync();
        var item = await node.ClaimAsync();
        Assert.True(await node.Store.TryStartDocumentAsync(item.DocId, CancellationToken.None));
        return (item.DocId, item);
    }

    /// <summary>
    /// Host <paramref name="stale"/> stops renewing (a partition, a long pause) while its worker goes on;
    /// <paramref name="taker"/> takes the document over once the claim ran out.
    /// </summary>
    private static async Task<global::BatchEngine.Scheduling.WorkItem> TakeOverOnAsync(RedisNode taker, RedisNode stale, FakeTimeProvider time)
    {
        await stale.StopAsync();
        await taker.StartAsync();
        for (var i = 0; i < 100; i++)
        {
            await FakeClock.AdvanceAsync(time, TimeSpan.FromMilliseconds(500));
            if (taker.Queue.TryClaim(out var item))
            {
                return item;
            }
        }

        throw new InvalidOperationException("The other host never took the document over.");
    }
}
