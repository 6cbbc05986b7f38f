namespace BatchEngine.Storage.Redis.Content;

/// <summary>Copies a stream while counting, and stops with <see cref="ContentTooLargeException"/> past a limit.</summary>
internal static class BoundedCopy
{
    /// <summary>Copies at most <paramref name="remaining"/> bytes; throws when more arrive. Returns the bytes copied.</summary>
    public static async Task<long> CopyAsync(Stream source, Stream destination, long remaining, CancellationToken cancellationToken, long? reportedLimit = null)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            copied += read;
            if (copied > remaining)
            {
                throw new ContentTooLargeException(reportedLimit ?? remaining);
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return copied;
    }
}
