using BatchEngine.Storage.Redis.Connection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Content;

/// <summary>
/// Uploaded bytes in Redis, one hash per job (field = document id), so any host can read what another host
/// received, and one DEL removes a job's content. Files over the per-document limit go to the shared folder
/// when one is configured and are refused otherwise.
/// </summary>
internal sealed class RedisDocumentContentStore : IDocumentContentStore
{
    // Content is written before its job: until the job hash exists the content hash carries the orphan TTL,
    // renewed by each upload, so a job that never comes leaves nothing behind. Creating the job clears it.
    // KEYS: [1] content hash, [2] job hash (same slot). ARGV: [1] document id, [2] bytes, [3] orphan TTL (ms).
    private const string SaveScript = """
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        local ttl = tonumber(ARGV[3])
        if ttl > 0 and redis.call('EXISTS', KEYS[2]) == 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
        """;

    private readonly RedisConnection _connection;
    private readonly long _maxInRedis;
    private readonly SharedFolderContentStore? _sharedFolder;
    private readonly OutageRetry _retry;
    private readonly long _orphanTtlMs;

    public RedisDocumentContentStore(RedisConnection connection, IOptions<RedisStorageOptions> options, TimeProvider timeProvider)
    {
        _retry = new OutageRetry(options.Value.OutageRetryTimeout, timeProvider);
        _connection = connection;
        _maxInRedis = options.Value.MaxContentBytesInRedis;
        _orphanTtlMs = (long)options.Value.ContentOrphanTtl.TotalMilliseconds;
        _sharedFolder = options.Value.SharedContentRoot is { Length: > 0 } root ? new SharedFolderContentStore(root) : null;
    }

    private IDatabase Db => _connection.Database;

    public async Task<long> SaveAsync(string jobId, string docId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limited = new LengthLimitedReadStream(content, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await limited.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length <= _maxInRedis)
            {
                continue;
            }

            // Too big for Redis: the bytes read so far and the rest of the stream go to the folder, still under the caller's limit.
            return _sharedFolder is not null
                ? await _sharedFolder.SaveAsync(jobId, docId, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), limited, cancellationToken).ConfigureAwait(false)
                : throw new ContentTooLargeException(_maxInRedis);
        }

        RedisKey[] keys = [_connection.Keys.Content(jobId), _connection.Keys.Job(jobId)];
        RedisValue[] arguments = [docId, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), _orphanTtlMs];
        await Db.ScriptEvaluateAsync(SaveScript, keys, arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        return buffer.Length;
    }

    public async Task<Stream> OpenReadAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        // Workers read content; an outage makes them wait for Redis rather than fail the document.
        var bytes = await _retry.RunAsync(() => Db.HashGetAsync(_connection.Keys.Content(jobId), docId), cancellationToken).ConfigureAwait(false);
        if (!bytes.IsNull)
        {
            return new MemoryStream((byte[])bytes!, writable: false);
        }

        return _sharedFolder is not null
            ? await _sharedFolder.OpenReadAsync(jobId, docId).ConfigureAwait(false)
            : throw new FileNotFoundException("The document's content is gone.", docId);
    }

    public async Task DeleteDocumentAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        // Usually gone already: the script that ended the document deleted it. Sent without waiting.
        _ = Db.HashDeleteAsync(_connection.Keys.Content(jobId), docId, CommandFlags.FireAndForget);
        _sharedFolder?.DeleteDocument(jobId, docId);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public async Task DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        await Db.KeyDeleteAsync(_connection.Keys.Content(jobId)).WaitAsync(cancellationToken).ConfigureAwait(false);
        _sharedFolder?.DeleteJob(jobId);
    }
}
