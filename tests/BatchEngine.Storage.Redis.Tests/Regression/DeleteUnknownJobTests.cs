using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Queue;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 10: <c>DELETE /jobs/{id}</c> of an id nobody created still told the Redis work queue to
/// remember the id as cancelled, so a caller could grow that set without bound by making ids up. Now only a job
/// that existed is cancelled in the queue.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class DeleteUnknownJobTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task Deleting_made_up_job_ids_leaves_the_queues_cancelled_set_alone()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine(o => o.JobRetention = null).AddRedis(o =>
        {
            o.ConnectionString = fixture.Server.ConnectionString;
            o.KeyPrefix = RedisServerFixture.UniquePrefix();
        });
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IBatchEngine>();
        var queue = (RedisWorkQueue)provider.GetRequiredService<IWorkQueue>();
        var madeUp = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid().ToString("D")).ToArray();

        foreach (var id in madeUp)
        {
            Assert.False(await engine.DeleteJobAsync(id));
        }

        Assert.All(madeUp, id => Assert.False(queue.IsCancelledHere(id)));
    }
}
