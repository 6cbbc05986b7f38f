namespace BatchEngine.Storage.Redis.Content;

/// <summary>
/// Large uploads on a folder every host can read (a network share): <c>root/job/doc</c>. Ids keep
/// <see cref="ContentIds"/> before they become path parts, so a crafted id cannot leave the root.
/// </summary>
internal sealed class SharedFolderContentStore(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>Writes <paramref name="head"/> then the rest of <paramref name="rest"/>, which carries the caller's size limit.</summary>
    public Task<long> SaveAsync(string jobId, string docId, ReadOnlyMemory<byte> head, Stream rest, CancellationToken cancellationToken)
    {
        var path = PathOf(jobId, docId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written then renamed, so a reader on another host never sees half a file.
        return ContentFiles.WriteNewAsync(path, head, rest, cancellationToken);
    }

    public Task<Stream> OpenReadAsync(string jobId, string docId)
    {
        var path = PathOf(jobId, docId);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The document's content is gone.", docId);
        }

        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public void DeleteDocument(string jobId, string docId)
    {
        try
        {
            File.Delete(PathOf(jobId, docId));
        }
        catch (DirectoryNotFoundException)
        {
            // The job's folder is gone (or never was), so is the file: deleting is idempotent.
        }
    }

    public void DeleteJob(string jobId)
    {
        var folder = Path.Combine(_root, ContentIds.EnsureSafe(jobId, nameof(jobId)));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string PathOf(string jobId, string docId) => Path.Combine(_root, ContentIds.EnsureSafe(jobId, nameof(jobId)), ContentIds.EnsureSafe(docId, nameof(docId)));
}
