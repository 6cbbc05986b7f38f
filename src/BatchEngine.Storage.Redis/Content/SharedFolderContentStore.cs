namespace BatchEngine.Storage.Redis.Content;

/// <summary>
/// Large uploads on a folder every host can read (a network share): <c>root/job/doc</c>. Ids are checked
/// before they become path parts, so a crafted id cannot leave the root.
/// </summary>
internal sealed class SharedFolderContentStore(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<long> SaveAsync(string jobId, string docId, ReadOnlyMemory<byte> head, Stream rest, long maxBytes, CancellationToken cancellationToken)
    {
        if (head.Length > maxBytes)
        {
            throw new ContentTooLargeException(maxBytes);
        }

        var path = PathOf(jobId, docId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written under a temporary name and renamed, so a reader on another host never sees half a file.
        var partial = path + ".partial";
        try
        {
            long written;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(head, cancellationToken).ConfigureAwait(false);
                written = head.Length + await BoundedCopy.CopyAsync(rest, file, maxBytes - head.Length, cancellationToken, reportedLimit: maxBytes).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: true);
            return written;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
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
        var folder = Path.Combine(_root, SafePart(jobId));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string PathOf(string jobId, string docId) => Path.Combine(_root, SafePart(jobId), SafePart(docId));

    private static string SafePart(string id)
    {
        if (id.Length == 0 || id.Length > 128 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException("An id may hold only ASCII letters, digits and '-'.", nameof(id));
        }

        return id;
    }
}
