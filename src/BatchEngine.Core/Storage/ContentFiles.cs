namespace BatchEngine.Storage;

/// <summary>
/// Write-then-rename for file-backed content stores: bytes go to a new <see cref="PartialSuffix"/> file that is
/// renamed to its final name only when complete, so a reader (on this host or another one sharing the folder)
/// never sees half a file.
/// </summary>
public static class ContentFiles
{
    /// <summary>What a file's name carries while it is being written.</summary>
    public const string PartialSuffix = ".part";

    private const int BufferBytes = 81_920;

    /// <summary>
    /// Writes <paramref name="head"/> then the rest of <paramref name="rest"/> to a new file at <paramref name="path"/>
    /// and returns the bytes written. Neither the file nor its partial file may exist yet (<see cref="FileMode.CreateNew"/>):
    /// an id is written once, and another writer's partial file is never taken over. On failure the partial file is removed.
    /// </summary>
    public static async Task<long> WriteNewAsync(string path, ReadOnlyMemory<byte> head, Stream rest, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(rest);
        var partialPath = path + PartialSuffix;
        var file = new FileStream(partialPath, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
            Options = FileOptions.Asynchronous,
        });
        try
        {
            long written;
            await using (file)
            {
                await file.WriteAsync(head, cancellationToken).ConfigureAwait(false);
                await rest.CopyToAsync(file, BufferBytes, cancellationToken).ConfigureAwait(false);
                written = file.Length;
            }

            File.Move(partialPath, path, overwrite: false);
            return written;
        }
        catch
        {
            File.Delete(partialPath);
            throw;
        }
    }
}
