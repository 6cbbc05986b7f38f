using BatchEngine.Jobs;
using BatchEngine.Tests.Infrastructure;
using StackExchange.Redis;
using StackExchange.Redis.Profiling;

namespace BatchEngine.Tests.Queue;

/// <summary>
/// Commands the adapter waits for, counted by the client's profiler on a real redis-server: the worker's
/// path through one document and a status read of a large job.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RoundTripTests(RedisServerFixture fixture)
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix();

    [Fact]
    public async Task A_documents_life_start_progress_three_times_complete_and_ack_waits_for_at_most_three_round_trips()
    {
        await using var node = new RedisNode(fixture.Server.ConnectionString, _prefix, "host-a", workers: 1);
        await node.StartAsync();
        var work = await TestJobs.CreateAsync(node.Store, 3);
        await node.Queue.EnqueueAsync(work, CancellationToken.None);
        var first = await node.ClaimAsync();
        Assert.True(await node.Store.TryStartDocumentAsync(first.DocId, CancellationToken.None)); // the job is processing now
        var item = await node.ClaimAsync();

        var counted = await CountAsync(node, async () =>
        {
            Assert.True(await node.Store.TryStartDocumentAsync(item.DocId, CancellationToken.None));
            foreach (var stage in new[] { ProgressStages.DocumentLoaded, ProgressStages.DetectorsCompleted, ProgressStages.ClassificationCompleted })
            {
                Assert.True(await node.Store.ReportProgressAsync(item.DocId, stage, CancellationToken.None));
            }

            Assert.True(await node.Store.CompleteDocumentAsync(item.DocId, TestJobs.Result(item.DocId), CancellationToken.None));
            await node.Queue.AcknowledgeAsync(item, CancellationToken.None);
        });

        // Waited for: the start and the result (which also drops the claim). Progress and the ack are sent
        // without waiting; the content read (not part of this path here) would be the third.
        Assert.True(counted.Awaited <= 2, $"waited for {counted.Awaited} commands: {counted.Names}");
        var doc = await node.Store.GetDocumentAsync(item.DocId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Completed, 100.0), (doc!.Status, doc.Progress));
        await using var admin = await fixture.Server.ConnectAsync();
        Assert.Null(await admin.GetDatabase().SortedSetScoreAsync(new BatchEngine.Storage.Redis.Connection.RedisKeys(_prefix).JobClaims(work.JobId), item.DocId));
    }

    [Fact]
    public async Task The_status_of_a_thousand_document_job_is_one_round_trip()
    {
        await using var node = new RedisNode(fixture.Server.ConnectionString, _prefix, "host-a");
        var work = await TestJobs.CreateAsync(node.Store, 1_000);
        await node.Store.TryStartDocumentAsync(work.DocIds[0], CancellationToken.None);

        JobSnapshot? snapshot = null;
        var counted = await CountAsync(node, async () => snapshot = await node.Store.GetSnapshotAsync(work.JobId, CancellationToken.None));

        Assert.Equal(1, counted.Total);
        Assert.Equal(1_000, snapshot!.Documents.Count);
        Assert.Equal(work.DocIds, snapshot.Documents.Select(d => d.DocId));
        Assert.Equal(DocumentStatus.Processing, snapshot.Documents[0].Status);
        Assert.Equal((JobStatus.Processing, 1_000), (snapshot.Job.Status, snapshot.Job.TotalFiles));
    }

    private static async Task<(int Awaited, int Total, string Names)> CountAsync(RedisNode node, Func<Task> run)
    {
        var multiplexer = node.Connection.Multiplexer;
        await node.StopAsync(); // the pump's own commands (claims, renewals, give-backs) are not the worker's
        var session = new ProfilingSession();
        multiplexer.RegisterProfiler(() => session);
        await run();
        multiplexer.RegisterProfiler(() => null);
        var commands = session.FinishProfiling().ToList();
        var awaited = commands.Where(c => !c.Flags.HasFlag(CommandFlags.FireAndForget)).ToList();
        return (awaited.Count, commands.Count, string.Join(", ", awaited.Select(c => c.Command)));
    }
}
