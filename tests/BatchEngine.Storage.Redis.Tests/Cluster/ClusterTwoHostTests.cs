using BatchEngine.Jobs;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Tests.Infrastructure;
using StackExchange.Redis;

namespace BatchEngine.Tests.Cluster;

[Collection(RedisClusterCollection.Name)]
public sealed class ClusterTwoHostTests(RedisClusterFixture fixture)
{
    [Fact]
    public async Task Two_hosts_on_a_three_node_cluster_share_one_batch_and_count_every_document_once()
    {
        const int documents = 300;
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = await EngineHost.StartAsync(fixture.Cluster.ConnectionString, prefix, "host-a");
        await using var b = await EngineHost.StartAsync(fixture.Cluster.ConnectionString, prefix, "host-b");

        var jobId = await a.SubmitTextAsync(documents);
        var job = await Eventually.HoldsAsync(() => b.JobAsync(jobId), j => JobStatusRules.IsTerminal(j.Status), "the batch finishes");
        Assert.Equal((JobStatus.Completed, documents, 0), (job.Status, job.Completed, job.Failed));

        var snapshot = (await b.Engine.GetJobAsync(jobId))!;
        Assert.Equal(documents, snapshot.Documents.Count(d => d.Status == DocumentStatus.Completed && d.Classification is not null));

        // Both hosts took part, and the job's keys sit in one slot while the cross-job index sits elsewhere.
        await using var admin = await fixture.Cluster.ConnectAsync();
        var db = admin.GetDatabase();
        var keys = new RedisKeys(prefix);
        var hosts = await Task.WhenAll(snapshot.Documents.Select(d => db.HashGetAsync(keys.Document(jobId, d.DocId), "host")));
        Assert.True(hosts.Count(h => h == "host-a") > 0 && hosts.Count(h => h == "host-b") > 0, $"host-a {hosts.Count(h => h == "host-a")}, host-b {hosts.Count(h => h == "host-b")}");
        var slots = new[] { keys.Job(jobId), keys.JobDocuments(jobId), keys.Document(jobId, snapshot.Documents[0].DocId), keys.Content(jobId) }
            .Select(k => admin.HashSlot(k)).Distinct().ToList();
        Assert.Single(slots);
    }
}
