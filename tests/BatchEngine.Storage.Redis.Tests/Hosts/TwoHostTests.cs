using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Hosts;

[Collection(RedisCollection.Name)]
public sealed class TwoHostTests(RedisServerFixture fixture, ITestOutputHelper output)
{
    private const int Documents = 240;

    [Fact]
    public async Task Two_hosts_share_one_batch_and_the_survivor_finishes_it_when_the_other_is_killed()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var a = await SampleHostProcess.StartAsync(fixture.Server.ConnectionString, prefix, "host-a", workers: 2);
        await using var b = await SampleHostProcess.StartAsync(fixture.Server.ConnectionString, prefix, "host-b", workers: 2);
        var jobId = await a.UploadAsync(CorpusBatch.Take(Documents));

        // Both hosts take documents of the batch uploaded to host A.
        var shares = await Eventually.HoldsAsync(
            () => StoredDocuments.ReadAsync(fixture.Server, prefix, jobId),
            docs => docs.Count(d => d.Host == "host-a" && d.Status != "processing") >= 10 && docs.Count(d => d.Host == "host-b" && d.Status != "processing") >= 10,
            "both hosts finished at least ten documents");
        var beforeKill = await a.StatusAsync(jobId);
        output.WriteLine($"Before the kill ({beforeKill}): host-a finished {Finished(shares, "host-a")}, host-b finished {Finished(shares, "host-b")}.");
        Assert.True(beforeKill.Done < Documents, "The batch finished before the kill; the test needs a larger batch.");

        await b.KillAsync();
        var after = await HostAssertions.WaitUntilFinishedAsync(a, jobId, TimeSpan.FromMinutes(5));

        HostAssertions.EveryDocumentTerminalAndCountedOnce(after, Documents);
        var stored = await StoredDocuments.ReadAsync(fixture.Server, prefix, jobId);
        Assert.Equal(Documents, stored.Count(d => d.Host is "host-a" or "host-b"));
        Assert.True(Finished(stored, "host-b") > 0 && Finished(stored, "host-a") > Finished(shares, "host-a"));
        output.WriteLine($"Final shares: host-a {Finished(stored, "host-a")}, host-b {Finished(stored, "host-b")} of {Documents}.");
    }

    private static int Finished(IEnumerable<StoredDocuments.Stored> docs, string host) =>
        docs.Count(d => d.Host == host && d.Status is "completed" or "failed");
}
