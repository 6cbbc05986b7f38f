using BatchEngine.Jobs;
using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 2: a document whose host dies every time it runs it was taken over and started again
/// forever. Now the start count lives in Redis, and after three starts (the default) the next host fails it
/// with <c>PoisonedDocument</c> instead of starting it.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PoisonedDocumentTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task A_document_whose_hosts_die_three_times_fails_as_poisoned_on_the_fourth_host()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        var visibility = TimeSpan.FromSeconds(1);
        global::BatchEngine.Scheduling.JobWork? work = null;
        for (var run = 1; run <= 3; run++)
        {
            var host = new RedisNode(fixture.Server.ConnectionString, prefix, $"host-{run}", visibility, workers: 1);
            await host.StartAsync();
            if (work is null)
            {
                work = await TestJobs.CreateAsync(host.Store, 1);
                await host.Queue.EnqueueAsync(work, CancellationToken.None);
            }

            var item = await host.ClaimAsync(TimeSpan.FromSeconds(60));
            Assert.True(await host.Store.TryStartDocumentAsync(item.DocId, CancellationToken.None), $"start {run}");
            await host.DisposeAsync(); // dies mid-document: its claim runs out
        }

        await using var last = new RedisNode(fixture.Server.ConnectionString, prefix, "host-4", visibility, workers: 1);
        await last.StartAsync();
        var again = await last.ClaimAsync(TimeSpan.FromSeconds(60));
        Assert.False(await last.Store.TryStartDocumentAsync(again.DocId, CancellationToken.None));

        var doc = await last.Store.GetDocumentAsync(again.DocId, CancellationToken.None);
        Assert.Equal((DocumentStatus.Failed, 3), (doc!.Status, doc.Attempts));
        Assert.StartsWith("PoisonedDocument: ", doc.Error, StringComparison.Ordinal);
        var job = await last.Store.GetJobAsync(work!.JobId, CancellationToken.None);
        Assert.Equal((JobStatus.Failed, 1), (job!.Status, job.Failed));
    }
}
