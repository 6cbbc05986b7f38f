using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Testing;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Storage;

/// <summary>The IJobStore contract against a Redis the subclass names (one server, or a cluster); each test gets its own key prefix.</summary>
public abstract class RedisJobStoreConformance : JobStoreConformanceTests
{
    private RedisConnection? _connection;

    protected abstract string ConnectionString { get; }

    protected override Task<IJobStore> CreateStoreAsync(TimeProvider time)
    {
        var redis = Options.Create(new RedisStorageOptions
        {
            ConnectionString = ConnectionString,
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
