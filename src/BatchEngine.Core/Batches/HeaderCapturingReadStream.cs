using BatchEngine.Reading;

namespace BatchEngine.Batches;

/// <summary>
/// Passes an upload through to the content store while keeping its first bytes, so the file's type is
/// sniffed from what was streamed without opening the stored content a second time.
/// </summary>
internal sealed class HeaderCapturingReadStream(Stream inner) : ForwardOnlyReadStream
{
    private readonly byte[] _header = new byte[ContentSniffer.HeaderBytes];
    private int _captured;

    /// <summary>The first bytes read through this stream (up to <see cref="ContentSniffer.HeaderBytes"/>).</summary>
    public ReadOnlySpan<byte> Header => _header.AsSpan(0, _captured);

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Capture(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Capture(buffer.Span[..read]);
        return read;
    }

    private void Capture(ReadOnlySpan<byte> read)
    {
        var take = Math.Min(read.Length, _header.Length - _captured);
        read[..take].CopyTo(_header.AsSpan(_captured));
        _captured += take;
    }
}
