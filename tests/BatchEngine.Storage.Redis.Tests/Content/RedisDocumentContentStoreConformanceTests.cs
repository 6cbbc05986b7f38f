using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Testing;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Content;

/// <summary>The IDocumentContentStore contract against Redis (every upload kept in Redis), on a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisDocumentContentStoreConformanceTests(RedisServerFixture fixture) : DocumentContentStoreConformanceTests
{
    private RedisConnection? _connection;

    protected override Task<IDocumentContentStore> CreateStoreAsync()
    {
        var options = Options.Create(new RedisStorageOptions { ConnectionString = fixture.Server.ConnectionString, KeyPrefix = RedisServerFixture.UniquePrefix() });
        _connection = new RedisConnection(options);
        return Task.FromResult<IDocumentContentStore>(new RedisDocumentContentStore(_connection, options, TimeProvider.System));
    }

    protected override Task DisposeStoreAsync(IDocumentContentStore store)
    {
        _connection?.Dispose();
        return Task.CompletedTask;
    }
}
