using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Hosts;

[Collection(RedisCollection.Name)]
public sealed class SampleHostDurabilityTests(RedisServerFixture fixture, ITestOutputHelper output)
{
    private const int Documents = 100;

    [Fact]
    public async Task A_host_killed_mid_batch_and_started_again_finishes_the_job_with_every_document_counted_once()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        var batch = CorpusBatch.Take(Documents);
        string jobId;
        IReadOnlyList<StoredDocuments.Stored> atKill;
        await using (var first = await SampleHostProcess.StartAsync(fixture.Server.ConnectionString, prefix, "durable-1", workers: 2))
        {
            jobId = await first.UploadAsync(batch);
            var before = await Eventually.HoldsAsync(() => first.StatusAsync(jobId), s => s.Done >= Documents / 5, "a fifth of the batch is done");
            await first.KillAsync();
            atKill = await StoredDocuments.ReadAsync(fixture.Server, prefix, jobId);
            output.WriteLine($"Killed at {before}; at the kill: {atKill.Count(d => d.Status == "processing")} processing, {atKill.Count(d => d.Status == "pending")} pending.");
            Assert.True(before.Done < Documents, "The batch finished before the kill; the test needs a larger batch to kill mid-way.");
        }

        await using var second = await SampleHostProcess.StartAsync(fixture.Server.ConnectionString, prefix, "durable-2", workers: 2);
        var after = await HostAssertions.WaitUntilFinishedAsync(second, jobId, TimeSpan.FromMinutes(5));

        HostAssertions.EveryDocumentTerminalAndCountedOnce(after, Documents);
        var stored = await StoredDocuments.ReadAsync(fixture.Server, prefix, jobId);
        var restarted = atKill.Where(d => d.Status == "processing").Select(d => d.DocId).ToHashSet();
        // Documents the killed host was processing were put back to pending and started again by the new host.
        Assert.All(stored.Where(d => restarted.Contains(d.DocId)), d => Assert.True(d.Attempts >= 2 && d.Host == "durable-2", $"{d.DocId}: attempts {d.Attempts}, host {d.Host}"));
        Assert.Contains(stored, d => d.Host == "durable-2");
        output.WriteLine($"Finished: {after}; first host started {stored.Count(d => d.Host == "durable-1")}, second {stored.Count(d => d.Host == "durable-2")}.");
    }
}
