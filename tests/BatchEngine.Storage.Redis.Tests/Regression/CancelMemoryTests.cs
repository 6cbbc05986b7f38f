using BatchEngine.Storage.Redis.Queue;
using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 4 follow-up: every host remembers every cancel it hears (to drop the job's buffered entries),
/// so without a bound the set grows with every job ever cancelled for the life of the process.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class CancelMemoryTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task Cancels_are_forgotten_once_older_than_the_cancel_memory_so_the_set_does_not_grow()
    {
        var time = FakeClock.Start();
        await using var node = new RedisNode(fixture.Server.ConnectionString, RedisServerFixture.UniquePrefix(), "host-a", timeProvider: time);

        await node.Queue.CancelJobAsync("job-old", CancellationToken.None);
        time.Advance(RedisWorkQueue.CancelMemory - TimeSpan.FromMinutes(1));
        node.Queue.JobCancelledElsewhere("job-recent");
        Assert.Equal(0, node.Queue.ForgetOldCancels());

        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1, node.Queue.ForgetOldCancels());
        Assert.False(node.Queue.IsCancelledHere("job-old"));
        Assert.True(node.Queue.IsCancelledHere("job-recent"), "a cancel heard within the memory is kept");
    }
}
