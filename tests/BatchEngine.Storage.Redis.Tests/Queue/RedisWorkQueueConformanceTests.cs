using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Testing;
using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Queue;

/// <summary>
/// The IWorkQueue contract against the Redis queue on a real redis-server: one host (its pump running), each
/// test on its own key prefix. The queue hands out documents of stored jobs only, so each job is created in
/// the host's store first, as the engine does.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisWorkQueueConformanceTests(RedisServerFixture fixture) : WorkQueueConformanceTests
{
    private const int Workers = 2;
    private RedisNode? _node;

    private RedisNode Node => _node ?? throw new InvalidOperationException("The node is not started yet.");

    // The pump buffers a document per worker ahead of the claims.
    protected override int ReadAhead => Node.Queue.Capacity;

    protected override async Task<IWorkQueue> CreateQueueAsync()
    {
        _node = new RedisNode(fixture.Server.ConnectionString, RedisServerFixture.UniquePrefix(), "conformance", workers: Workers);
        await _node.StartAsync();
        return _node.Queue;
    }

    protected override async Task DisposeQueueAsync(IWorkQueue queue)
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    protected override async Task AddJobAsync(JobWork work)
    {
        var now = DateTimeOffset.UtcNow;
        var job = new JobRecord { JobId = work.JobId, Status = JobStatus.Pending, TotalFiles = work.DocIds.Count, Priority = work.Priority, CreatedAt = now, UpdatedAt = now };
        var documents = work.DocIds.Select((docId, index) => new DocumentRecord
        {
            DocId = docId,
            JobId = work.JobId,
            Index = index,
            FileName = $"file-{index}.txt",
            Status = DocumentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await Node.Store.CreateJobAsync(job, documents, CancellationToken.None);
    }
}
