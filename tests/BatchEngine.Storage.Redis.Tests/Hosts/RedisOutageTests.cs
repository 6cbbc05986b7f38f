using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Hosts;

/// <summary>Freezes its own redis-server (SIGSTOP) mid-batch: unreachable, yet its data kept, as a network outage.</summary>
public sealed class RedisOutageTests(ITestOutputHelper output)
{
    private const int Documents = 60;

    [Fact]
    public async Task The_host_survives_a_Redis_outage_reports_unhealthy_and_finishes_every_accepted_document_after_it()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = RedisServerFixture.UniquePrefix();
        await using var host = await SampleHostProcess.StartAsync(redis.ConnectionString, prefix, "outage", workers: 2);
        var jobId = await host.UploadAsync(CorpusBatch.Take(Documents));
        var before = await Eventually.HoldsAsync(() => host.StatusAsync(jobId), s => s.Done >= 5, "some documents are done");
        Assert.True(before.Done < Documents, "The batch finished before the outage; the test needs a larger batch.");

        redis.Freeze();
        try
        {
            await Eventually.HoldsAsync(host.HealthAsync, code => code == 503, "/health reports unhealthy", TimeSpan.FromSeconds(60));
            Assert.False(host.HasExited, "The host died during the outage.");
        }
        finally
        {
            redis.Thaw();
        }

        await Eventually.HoldsAsync(host.HealthAsync, code => code == 200, "/health reports healthy again", TimeSpan.FromSeconds(60));
        var after = await HostAssertions.WaitUntilFinishedAsync(host, jobId, TimeSpan.FromMinutes(5));
        output.WriteLine($"Before the outage: {before}; after: {after}.");
        Assert.False(host.HasExited);
        HostAssertions.EveryDocumentTerminalAndCountedOnce(after, Documents);
    }
}
