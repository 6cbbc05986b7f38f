using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Content;

[Collection(RedisCollection.Name)]
public sealed class RedisDocumentContentStoreTests(RedisServerFixture fixture) : IDisposable
{
    private readonly string _prefix = RedisServerFixture.UniquePrefix();
    private readonly string _sharedRoot = Path.Combine(Path.GetTempPath(), "be-shared-" + Guid.NewGuid().ToString("N"));
    private readonly List<RedisConnection> _connections = [];

    [Fact]
    public async Task Content_saved_on_one_host_is_read_on_another()
    {
        var bytes = RandomBytes(10_000);
        var (jobId, docId) = Ids();
        Assert.Equal(bytes.Length, await Host().SaveAsync(jobId, docId, new MemoryStream(bytes), 1_000_000, CancellationToken.None));

        await using var read = await Host().OpenReadAsync(jobId, docId, CancellationToken.None);
        Assert.Equal(bytes, await ReadAllAsync(read));
    }

    [Fact]
    public async Task A_file_over_the_Redis_limit_is_refused_without_a_shared_folder_and_nothing_is_kept()
    {
        var store = Host(maxInRedis: 1000);
        var (jobId, docId) = Ids();
        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() => store.SaveAsync(jobId, docId, new MemoryStream(RandomBytes(1001)), 1_000_000, CancellationToken.None));
        Assert.Equal(1000, error.LimitBytes);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(jobId, docId, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_over_the_Redis_limit_goes_to_the_shared_folder_and_any_host_reads_it()
    {
        var bytes = RandomBytes(5000);
        var (jobId, docId) = Ids();
        Assert.Equal(5000, await Host(maxInRedis: 1000, shared: true).SaveAsync(jobId, docId, new MemoryStream(bytes), 1_000_000, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_sharedRoot, jobId, docId)));

        var other = Host(maxInRedis: 1000, shared: true);
        await using (var read = await other.OpenReadAsync(jobId, docId, CancellationToken.None))
        {
            Assert.Equal(bytes, await ReadAllAsync(read));
        }

        await other.DeleteJobAsync(jobId, CancellationToken.None);
        Assert.False(Directory.Exists(Path.Combine(_sharedRoot, jobId)));
        await Assert.ThrowsAsync<FileNotFoundException>(() => other.OpenReadAsync(jobId, docId, CancellationToken.None));
    }

    [Fact]
    public async Task A_file_over_the_callers_limit_is_refused_on_either_path_and_leaves_no_partial_file()
    {
        var store = Host(maxInRedis: 1000, shared: true);
        var (jobId, docId) = Ids();
        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() => store.SaveAsync(jobId, docId, new MemoryStream(RandomBytes(3000)), 2000, CancellationToken.None));
        Assert.Equal(2000, error.LimitBytes);
        Assert.Empty(Directory.Exists(_sharedRoot) ? Directory.GetFiles(_sharedRoot, "*", SearchOption.AllDirectories) : []);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(jobId, docId, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_document_or_a_job_removes_its_content()
    {
        var store = Host();
        var (jobId, first) = Ids();
        var second = Guid.NewGuid().ToString("D");
        await store.SaveAsync(jobId, first, new MemoryStream(RandomBytes(10)), 100, CancellationToken.None);
        await store.SaveAsync(jobId, second, new MemoryStream(RandomBytes(10)), 100, CancellationToken.None);

        await store.DeleteDocumentAsync(jobId, first, CancellationToken.None);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(jobId, first, CancellationToken.None));
        await using (var stillThere = await store.OpenReadAsync(jobId, second, CancellationToken.None))
        {
            Assert.Equal(10, (await ReadAllAsync(stillThere)).Length);
        }

        await store.DeleteJobAsync(jobId, CancellationToken.None);
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.OpenReadAsync(jobId, second, CancellationToken.None));
    }

    [Fact]
    public async Task An_id_that_would_leave_the_shared_folder_is_refused()
    {
        var store = Host(maxInRedis: 10, shared: true);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync("..", "passwd", new MemoryStream(RandomBytes(100)), 1000, CancellationToken.None));
    }

    public void Dispose()
    {
        _connections.ForEach(c => c.Dispose());
        if (Directory.Exists(_sharedRoot))
        {
            Directory.Delete(_sharedRoot, recursive: true);
        }
    }

    private RedisDocumentContentStore Host(long maxInRedis = 16 * 1024 * 1024, bool shared = false)
    {
        var options = Options.Create(new RedisStorageOptions
        {
            ConnectionString = fixture.Server.ConnectionString,
            KeyPrefix = _prefix,
            MaxContentBytesInRedis = maxInRedis,
            SharedContentRoot = shared ? _sharedRoot : null,
        });
        var connection = new RedisConnection(options);
        _connections.Add(connection);
        return new RedisDocumentContentStore(connection, options, TimeProvider.System);
    }

    private static (string JobId, string DocId) Ids() => (Guid.NewGuid().ToString("D"), Guid.NewGuid().ToString("D"));

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
