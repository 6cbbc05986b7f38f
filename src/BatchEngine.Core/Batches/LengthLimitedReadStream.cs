using BatchEngine.Reading;
using BatchEngine.Storage;

namespace BatchEngine.Batches;

/// <summary>Reads through to another stream and throws <see cref="ContentTooLargeException"/> once more than the limit has come.</summary>
internal sealed class LengthLimitedReadStream(Stream inner, long maxBytes) : ForwardOnlyReadStream
{
    private long _read;

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Count(int read)
    {
        _read += read;
        return _read > maxBytes ? throw new ContentTooLargeException(maxBytes) : read;
    }
}
