using BatchEngine.Classification;
using BatchEngine.DependencyInjection;
using BatchEngine.Detection;
using BatchEngine.Jobs;
using BatchEngine.Reading;
using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 4: a cancel stopped only the documents running on the host that received it; a document
/// running on another host went on and its result was stored as completed after the cancel. Now the other
/// hosts learn of the cancel from Redis (the cancel channel, backed by the job's flag at each renewal) and
/// stop the document, and a result that arrives after the cancel is refused (the document ends cancelled).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CancelAcrossHostsTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task Cancel_on_one_host_stops_a_document_running_on_another()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = await EngineHost.StartAsync(fixture.Server.ConnectionString, prefix, "host-a", workers: 1, b => b.AddDetector<UntilCancelledDetector>());
        await using var b = await EngineHost.StartAsync(fixture.Server.ConnectionString, prefix, "host-b", workers: 1, b => b.AddDetector<UntilCancelledDetector>());
        var jobId = await a.SubmitTextAsync(1);
        var running = await Eventually.HoldsAsync(
            () => StoredDocuments.ReadAsync(fixture.Server, prefix, jobId),
            docs => docs.Single().Status == "processing",
            "the document runs on one host");
        var other = running.Single().Host == "host-a" ? b : a;

        Assert.True(await other.Engine.CancelJobAsync(jobId));

        var ended = await Eventually.HoldsAsync(
            () => StoredDocuments.ReadAsync(fixture.Server, prefix, jobId),
            docs => docs.Single().Status != "processing",
            "the running document stops");
        Assert.Equal("cancelled", ended.Single().Status);
        var job = await other.JobAsync(jobId);
        Assert.Equal((JobStatus.Cancelled, 0, 1), (job.Status, job.Completed, job.Cancelled));
    }

    [Fact]
    public async Task Complete_after_cancel_is_refused()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = new RedisNode(fixture.Server.ConnectionString, prefix, "host-a", TimeSpan.FromSeconds(5), workers: 1);
        await using var b = new RedisNode(fixture.Server.ConnectionString, prefix, "host-b", TimeSpan.FromSeconds(5), workers: 1);
        var work = await TestJobs.CreateAsync(a.Store, 1);
        await a.Queue.EnqueueAsync(work, CancellationToken.None);
        await a.StartAsync();
        var item = await a.ClaimAsync();
        Assert.True(await a.Store.TryStartDocumentAsync(item.DocId, CancellationToken.None));

        // Host B cancels while host A runs the document; A's result arrives after the cancel.
        Assert.True(await b.Store.CancelJobAsync(work.JobId, CancellationToken.None));
        Assert.False(await a.Store.CompleteDocumentAsync(item.DocId, TestJobs.Result(item.DocId), CancellationToken.None));

        var doc = await a.Store.GetDocumentAsync(item.DocId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Cancelled, null), (doc!.Status, doc.Classification));
        var job = await a.Store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal((JobStatus.Cancelled, 0, 1), (job!.Status, job.Completed, job.Cancelled));
    }

    /// <summary>A detector that works until its document is stopped: a long document, without a long test.</summary>
    private sealed class UntilCancelledDetector : IDetector
    {
        public string Name => "until-cancelled";

        public async ValueTask<IReadOnlyList<DetectionSignal>> DetectAsync(ExtractedDocument document, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }
    }
}
