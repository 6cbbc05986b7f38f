using BatchEngine.Jobs;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 3: content uploaded for a job that was never created (the upload failed half-way, the host
/// died before creating the job) lived in Redis forever. Now it carries a TTL
/// (<see cref="RedisStorageOptions.ContentOrphanTtl"/>) until its job is created, which clears it: from then
/// the job's own retention decides.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class OrphanedContentTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task Content_written_before_its_job_exists_expires_unless_the_job_is_created()
    {
        var prefix = RedisServerFixture.UniquePrefix();
        await using var node = new RedisNode(fixture.Server.ConnectionString, prefix, "host-1");
        var orphanTtl = TimeSpan.FromMinutes(10);
        var content = new RedisDocumentContentStore(
            node.Connection,
            Options.Create(new RedisStorageOptions { ConnectionString = fixture.Server.ConnectionString, KeyPrefix = prefix, ContentOrphanTtl = orphanTtl }),
            TimeProvider.System);
        var jobId = Guid.NewGuid().ToString("D");
        var docId = Guid.NewGuid().ToString("D");
        await content.SaveAsync(jobId, docId, new MemoryStream([1, 2, 3]), 1000, CancellationToken.None);

        var contentKey = node.Connection.Keys.Content(jobId);
        var orphanExpiry = await node.Connection.Database.KeyTimeToLiveAsync(contentKey);
        Assert.NotNull(orphanExpiry);
        Assert.InRange(orphanExpiry.Value, TimeSpan.FromMinutes(9), orphanTtl);

        await CreateJobAsync(node, jobId, docId);

        // No TTL any more: the content outlives the orphan TTL while its job runs (retention starts when it ends).
        Assert.Null(await node.Connection.Database.KeyTimeToLiveAsync(contentKey));
        await using var read = await content.OpenReadAsync(jobId, docId, CancellationToken.None);
        Assert.Equal(3, read.Length);
    }

    private static Task CreateJobAsync(RedisNode node, string jobId, string docId)
    {
        var now = DateTimeOffset.UtcNow;
        var job = new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = 1, CreatedAt = now, UpdatedAt = now };
        var doc = new DocumentRecord { DocId = docId, JobId = jobId, Index = 0, FileName = "a.txt", Status = DocumentStatus.Pending, CreatedAt = now, UpdatedAt = now };
        return node.Store.CreateJobAsync(job, [doc], CancellationToken.None);
    }
}
