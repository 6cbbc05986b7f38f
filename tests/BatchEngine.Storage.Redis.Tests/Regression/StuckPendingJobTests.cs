using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 3: a job stored but never queued (its host died between creating and queueing it) stayed
/// <c>pending</c> forever with nothing to run it. Now the hosts' sweep finds a pending job with nothing waiting
/// or claimed once it is older than the visibility timeout, and queues its pending documents again.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class StuckPendingJobTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task A_job_created_but_never_queued_is_found_by_the_sweep_and_its_documents_are_queued_once()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var host = new RedisNode(fixture.Server.ConnectionString, prefix, "host-1", TimeSpan.FromSeconds(1), workers: 4);
        var work = await TestJobs.CreateAsync(host.Store, 2); // created, and the creating host "dies" before EnqueueAsync
        await host.StartAsync();

        var first = await host.ClaimAsync(TimeSpan.FromSeconds(20));
        var second = await host.ClaimAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(work.DocIds.Order(StringComparer.Ordinal), new[] { first.DocId, second.DocId }.Order(StringComparer.Ordinal));

        // Claimed now, so the next sweeps leave the job alone: nothing is queued twice.
        Assert.Equal(0, await host.Connection.Database.ListLengthAsync(host.Connection.Keys.JobQueue(work.JobId)));
        Assert.Equal(2, await host.Connection.Database.SortedSetLengthAsync(host.Connection.Keys.JobClaims(work.JobId)));
    }
}
