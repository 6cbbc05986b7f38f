namespace BatchEngine.Reading;

/// <summary>Reads a document's content into memory, never more than a given number of bytes.</summary>
internal static class ContentBytes
{
    /// <summary>Reads up to <paramref name="maxBytes"/> bytes; <c>Complete</c> is false when more content was left unread.</summary>
    public static async ValueTask<(byte[] Bytes, bool Complete)> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position is var left && left <= Math.Min(maxBytes, Array.MaxLength))
        {
            return await ReadKnownLengthAsync(content, (int)left, cancellationToken).ConfigureAwait(false);
        }

        var capacity = content.CanSeek ? Math.Min(content.Length - content.Position, maxBytes) : Math.Min(maxBytes, 81_920);
        using var buffer = new MemoryStream((int)Math.Clamp(capacity, 0, Array.MaxLength));
        var chunk = new byte[81_920];
        while (buffer.Length < maxBytes)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes - buffer.Length);
            var read = await content.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer.ToArray(), true);
            }

            buffer.Write(chunk, 0, read);
        }

        var complete = await content.ReadAsync(chunk.AsMemory(0, 1), cancellationToken).ConfigureAwait(false) == 0;
        return (buffer.ToArray(), complete);
    }

    // The length is known: one array of that size, filled in place (no growing buffer and final copy).
    private static async ValueTask<(byte[] Bytes, bool Complete)> ReadKnownLengthAsync(Stream content, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        while (filled < length)
        {
            var read = await content.ReadAsync(bytes.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (bytes[..filled], true);
            }

            filled += read;
        }

        var complete = await content.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) == 0;
        return (bytes, complete);
    }

    /// <summary>Reads everything (PDF needs the whole file: its index is at the end).</summary>
    public static async ValueTask<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        var (bytes, _) = await ReadAsync(content, Array.MaxLength, cancellationToken).ConfigureAwait(false);
        return bytes;
    }
}
