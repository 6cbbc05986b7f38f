namespace BatchEngine.Reading;

/// <summary>
/// Base of pass-through streams that are read once, front to back, and are never seekable or writable
/// (a limit, a sniffed prefix, a captured header). A derived stream implements the span and memory reads only.
/// </summary>
public abstract class ForwardOnlyReadStream : Stream
{
    /// <inheritdoc/>
    public sealed override bool CanRead => true;

    /// <inheritdoc/>
    public sealed override bool CanSeek => false;

    /// <inheritdoc/>
    public sealed override bool CanWrite => false;

    /// <summary>Not supported: the stream is forward-only.</summary>
    public sealed override long Length => throw new NotSupportedException();

    /// <summary>Not supported: the stream is forward-only.</summary>
    public sealed override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public abstract override int Read(Span<byte> buffer);

    /// <inheritdoc/>
    public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
#pragma warning disable RS0027 // The overloads and the optional parameter are Stream's, not ours to reorder.
    public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);
#pragma warning restore RS0027

    /// <summary>Does nothing: nothing is written.</summary>
    public sealed override void Flush()
    {
    }

    /// <summary>Not supported: the stream is forward-only.</summary>
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <summary>Not supported: the stream is read-only.</summary>
    public sealed override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Not supported: the stream is read-only.</summary>
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
