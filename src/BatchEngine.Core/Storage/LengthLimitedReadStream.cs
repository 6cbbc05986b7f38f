using BatchEngine.Reading;

namespace BatchEngine.Storage;

/// <summary>
/// Reads through to another stream and throws as soon as more than a limit has come, so an over-limit
/// upload is refused while it streams, never after it was stored. The inner stream is not disposed.
/// </summary>
public sealed class LengthLimitedReadStream : ForwardOnlyReadStream
{
    private readonly Stream _inner;
    private readonly long _maxBytes;
    private readonly Func<Exception> _exceeded;
    private long _read;

    /// <summary>Limits <paramref name="inner"/> to <paramref name="maxBytes"/>; past it a read throws <see cref="ContentTooLargeException"/>.</summary>
    public LengthLimitedReadStream(Stream inner, long maxBytes)
        : this(inner, maxBytes, () => new ContentTooLargeException(maxBytes))
    {
    }

    /// <summary>Limits <paramref name="inner"/> to <paramref name="maxBytes"/>; past it a read throws what <paramref name="exceeded"/> makes.</summary>
    public LengthLimitedReadStream(Stream inner, long maxBytes, Func<Exception> exceeded)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentNullException.ThrowIfNull(exceeded);
        _inner = inner;
        _maxBytes = maxBytes;
        _exceeded = exceeded;
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    /// <inheritdoc/>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    private int Count(int read)
    {
        _read += read;
        return _read > _maxBytes ? throw _exceeded() : read;
    }
}
