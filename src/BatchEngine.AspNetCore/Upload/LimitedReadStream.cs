namespace BatchEngine.AspNetCore.Upload;

/// <summary>
/// Counts the bytes read through it and throws the given exception as soon as more than the limit arrived,
/// so an over-limit body is refused while it streams, never after it was stored.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limitBytes, Func<Exception> exceeded) : ReadOnlyWrapperStream(inner)
{
    private long _read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        _read += read;
        if (_read > limitBytes)
        {
            throw exceeded();
        }

        return read;
    }
}
