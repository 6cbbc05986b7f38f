using BatchEngine.Reading;

namespace BatchEngine.Engine;

/// <summary>
/// Passes an upload through to the content store while keeping its first bytes, so the file's type is
/// sniffed from what was streamed without opening the stored content a second time.
/// </summary>
internal sealed class HeaderCapturingReadStream(Stream inner) : Stream
{
    private readonly byte[] _header = new byte[ContentSniffer.HeaderBytes];
    private int _captured;

    /// <summary>The first bytes read through this stream (up to <see cref="ContentSniffer.HeaderBytes"/>).</summary>
    public ReadOnlySpan<byte> Header => _header.AsSpan(0, _captured);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Capture(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Capture(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Capture(ReadOnlySpan<byte> read)
    {
        var take = Math.Min(read.Length, _header.Length - _captured);
        read[..take].CopyTo(_header.AsSpan(_captured));
        _captured += take;
    }
}
