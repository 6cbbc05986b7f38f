using BatchEngine.DependencyInjection;
using BatchEngine.Engine;
using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Queue;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 4: a transition script whose answer is lost (the client timed out, but Redis ran it) is
/// retried with the same operation id. The cancel script answered 0 on that retry, because the job was
/// cancelled by then, so the engine answered 409 for a cancel that happened and skipped stopping the job's
/// running documents. The answer is lost here for real: the server pauses writes, so the script waits on
/// the server past the client's timeout and runs when the pause ends, together with the retry.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RetriedCancelTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task A_cancel_whose_answer_was_lost_answers_success_and_still_stops_the_job_on_this_host()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine(o => o.JobRetention = null).AddRedis(o =>
        {
            o.ConnectionString = fixture.Server.ConnectionString + ",asyncTimeout=300";
            o.KeyPrefix = RedisServerFixture.UniquePrefix();
        });
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IBatchEngine>();
        var store = provider.GetRequiredService<IJobStore>();
        var queue = (RedisWorkQueue)provider.GetRequiredService<IWorkQueue>();
        var work = await TestJobs.CreateAsync(store, 2);
        Assert.True(await store.TryStartDocumentAsync(work.DocIds[0], CancellationToken.None));

        await using (var admin = await fixture.Server.ConnectAsync())
        {
            await admin.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", 1500, "WRITE");
        }

        Assert.True(await engine.CancelJobAsync(work.JobId));

        Assert.True(queue.IsCancelledHere(work.JobId), "the engine went on to stop the job's work on this host");
        var job = await store.GetJobAsync(work.JobId, CancellationToken.None);
        Assert.Equal(JobStatus.Cancelled, job!.Status);
        // A new cancel of the cancelled job is still refused: only the retry of the same operation succeeds.
        Assert.False(await engine.CancelJobAsync(work.JobId));
    }
}
