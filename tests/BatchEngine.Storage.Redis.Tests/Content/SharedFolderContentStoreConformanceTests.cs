using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Testing;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Content;

/// <summary>
/// The IDocumentContentStore contract against the shared folder: the Redis store with a limit of one byte in
/// Redis, so every non-empty upload goes to the folder.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SharedFolderContentStoreConformanceTests(RedisServerFixture fixture) : DocumentContentStoreConformanceTests
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("be-shared-conformance-");
    private RedisConnection? _connection;

    protected override Task<IDocumentContentStore> CreateStoreAsync()
    {
        var options = Options.Create(new RedisStorageOptions
        {
            ConnectionString = fixture.Server.ConnectionString,
            KeyPrefix = RedisServerFixture.UniquePrefix(),
            MaxContentBytesInRedis = 1,
            SharedContentRoot = _root.FullName,
        });
        _connection = new RedisConnection(options);
        return Task.FromResult<IDocumentContentStore>(new RedisDocumentContentStore(_connection, options, TimeProvider.System));
    }

    protected override Task DisposeStoreAsync(IDocumentContentStore store)
    {
        _connection?.Dispose();
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
