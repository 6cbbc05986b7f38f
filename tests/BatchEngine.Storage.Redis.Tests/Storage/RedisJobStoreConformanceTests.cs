using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Storage;

/// <summary>The IJobStore contract (the same tests as the in-memory store) against a real redis-server; each test gets its own key prefix.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisJobStoreConformanceTests(RedisServerFixture fixture) : JobStoreConformanceTests
{
    private RedisConnection? _connection;

    protected override Task<IJobStore> CreateStoreAsync(TimeProvider time)
    {
        var redis = Options.Create(new RedisStorageOptions
        {
            ConnectionString = fixture.Server.ConnectionString,
            KeyPrefix = RedisServerFixture.UniquePrefix(),
        });
        _connection = new RedisConnection(redis);
        return Task.FromResult<IJobStore>(new RedisJobStore(_connection, redis, Options.Create(new BatchEngineOptions()), time));
    }

    protected override Task DisposeStoreAsync(IJobStore store)
    {
        _connection?.Dispose();
        return Task.CompletedTask;
    }
}
