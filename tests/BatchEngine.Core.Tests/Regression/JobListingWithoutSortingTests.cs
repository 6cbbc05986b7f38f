using BatchEngine.Jobs;
using BatchEngine.Storage.InMemory;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 10: <c>GET /jobs</c> copied and sorted every job on each call, so a client polling the list of
/// a store with many jobs made the host sort them all every time. Now the store keeps its jobs in order and a
/// page walks only up to that page. Shown by what one call allocates (a count of bytes, not a timing).
/// </summary>
public sealed class JobListingWithoutSortingTests
{
    [Fact]
    public async Task Listing_the_newest_ten_of_twenty_thousand_jobs_does_not_touch_every_job()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var store = new InMemoryJobStore(time);
        for (var i = 0; i < 20_000; i++)
        {
            var now = time.GetUtcNow();
            var jobId = Guid.NewGuid().ToString("D");
            await store.CreateJobAsync(new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = 0, CreatedAt = now, UpdatedAt = now }, [], CancellationToken.None);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var query = new JobQuery { Limit = 10 };
        await store.ListJobsAsync(query, CancellationToken.None); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var page = await store.ListJobsAsync(query, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20_000, page.Total);
        Assert.Equal(10, page.Jobs.Count);
        Assert.True(page.Jobs.Zip(page.Jobs.Skip(1)).All(p => p.First.CreatedAt > p.Second.CreatedAt), "newest first");
        Assert.True(allocated < 64 * 1024, $"one page of 10 allocated {allocated} bytes");
    }
}
