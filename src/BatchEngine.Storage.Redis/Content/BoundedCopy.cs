namespace BatchEngine.Storage.Redis.Content;

/// <summary>Copies a stream while counting, and stops with <see cref="ContentTooLargeException"/> past a limit.</summary>
internal static class BoundedCopy
{
    /// <summary>Copies until the end of <paramref name="source"/>; throws when more than <paramref name="remaining"/> bytes arrive. Returns the bytes copied.</summary>
    public static async Task<long> CopyAsync(Stream source, Stream destination, long remaining, CancellationToken cancellationToken, long? reportedLimit = null)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // Written before the check, so a caller that catches the exception holds every byte read so far.
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            copied += read;
            if (copied > remaining)
            {
                throw new ContentTooLargeException(reportedLimit ?? remaining);
            }
        }

        return copied;
    }
}
