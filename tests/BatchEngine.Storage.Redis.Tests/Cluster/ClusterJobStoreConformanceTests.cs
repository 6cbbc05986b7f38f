using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Tests.Infrastructure;
using BatchEngine.Tests.Storage;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Cluster;

/// <summary>The IJobStore contract against a real three-node Redis Cluster: every script stays in its job's slot.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class ClusterJobStoreConformanceTests(RedisClusterFixture fixture) : JobStoreConformanceTests
{
    private RedisConnection? _connection;

    protected override Task<IJobStore> CreateStoreAsync(TimeProvider time)
    {
        var redis = Options.Create(new RedisStorageOptions
        {
            ConnectionString = fixture.Cluster.ConnectionString,
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
