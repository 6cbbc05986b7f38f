using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BatchEngine.Storage;

/// <summary>
/// The registered <see cref="IDocumentContentStore"/> as the engine uses it, under one quota for all stored
/// content (<see cref="BatchEngineOptions.MaxStoredContentBytes"/>): bytes are reserved while an upload streams
/// in, so a full store refuses the file that would overflow it, and given back when content is deleted.
/// Counts what this process stored since it started (content left by an earlier run is not counted).
/// </summary>
internal sealed class StoredContent(IDocumentContentStore inner, IOptions<BatchEngineOptions> options)
{
    private readonly long? _quota = options.Value.MaxStoredContentBytes;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, long>> _sizes = new(StringComparer.Ordinal);
    private long _used;

    /// <summary>Bytes of content stored (or being stored) now.</summary>
    public long UsedBytes => Volatile.Read(ref _used);

    public async Task<long> SaveAsync(string jobId, string docId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var reserving = new QuotaReservingStream(content, this);
        try
        {
            var size = await inner.SaveAsync(jobId, docId, reserving, maxBytes, cancellationToken).ConfigureAwait(false);
            Adjust(size - reserving.Reserved);
            _sizes.GetOrAdd(jobId, static _ => new(StringComparer.Ordinal))[docId] = size;
            return size;
        }
        catch
        {
            Adjust(-reserving.Reserved);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string jobId, string docId, CancellationToken cancellationToken) =>
        inner.OpenReadAsync(jobId, docId, cancellationToken);

    public async Task DeleteDocumentAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        await inner.DeleteDocumentAsync(jobId, docId, cancellationToken).ConfigureAwait(false);
        if (_sizes.TryGetValue(jobId, out var documents) && documents.TryRemove(docId, out var size))
        {
            Adjust(-size);
        }
    }

    public async Task DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        await inner.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (_sizes.TryRemove(jobId, out var documents))
        {
            Adjust(-documents.Values.Sum());
        }
    }

    private void Adjust(long bytes) => Interlocked.Add(ref _used, bytes);

    /// <summary>Takes <paramref name="bytes"/> from the quota; throws (taking nothing) when they do not fit.</summary>
    private void Reserve(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) > _quota)
        {
            Adjust(-bytes);
            throw new ContentQuotaExceededException(_quota.Value);
        }
    }

    /// <summary>Reserves quota for the bytes passing through, as each read returns them.</summary>
    private sealed class QuotaReservingStream(Stream inner, StoredContent owner) : Reading.ForwardOnlyReadStream
    {
        public long Reserved { get; private set; }

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        private int Count(int read)
        {
            owner.Reserve(read);
            Reserved += read;
            return read;
        }
    }
}
