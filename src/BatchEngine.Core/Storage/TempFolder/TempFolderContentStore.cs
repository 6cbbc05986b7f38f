using System.Buffers;
using Microsoft.Extensions.Options;

namespace BatchEngine.Storage.TempFolder;

/// <summary>
/// The default <see cref="IDocumentContentStore"/>: one folder per job, one file per document, both named by
/// id only (a user's file name never reaches the file system). Without <see cref="BatchEngineOptions.ContentRoot"/>
/// the root is this process's own folder in <see cref="ProcessFolders"/> (a stable place per application, where
/// the folders of processes that died are cleaned up), removed when the store is disposed.
/// Content is written then renamed (<see cref="ContentFiles"/>), so a reader never sees half a file. In the
/// process's own folder, documents of at most 64 KB are kept in memory instead, up to
/// <see cref="BatchEngineOptions.SmallContentMemoryBytes"/> (<see cref="SmallContentMemory"/> says why).
/// </summary>
internal sealed class TempFolderContentStore : IDocumentContentStore, IDisposable
{
    private const int BufferBytes = 81_920;
    private readonly ProcessFolders.Lease? _lease;
    private readonly SmallContentMemory? _memory;

    public TempFolderContentStore(IOptions<BatchEngineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.ContentRoot;
        if (string.IsNullOrWhiteSpace(configured))
        {
            _lease = ProcessFolders.ForApplication().TakeOne();
            RootPath = _lease.Path;

            // A configured root may be meant to outlive the process; the process's own folder is not.
            _memory = options.Value.SmallContentMemoryBytes > 0 ? new SmallContentMemory(options.Value.SmallContentMemoryBytes) : null;
        }
        else
        {
            RootPath = Path.GetFullPath(configured);
            CreatePrivateDirectory(RootPath);
        }
    }

    /// <summary>The folder holding every job's folder.</summary>
    public string RootPath { get; }

    /// <summary>Bytes of small documents held in memory now.</summary>
    internal long MemoryBytes => _memory?.UsedBytes ?? 0;

    public async Task<long> SaveAsync(string jobId, string docId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var finalPath = DocumentPath(jobId, docId);
        var limited = new LengthLimitedReadStream(content, maxBytes);
        if (_memory is null)
        {
            return await WriteFileAsync(finalPath, ReadOnlyMemory<byte>.Empty, limited, cancellationToken).ConfigureAwait(false);
        }

        // Read one byte past the in-memory size: a document that ends within it never touches the disk.
        var head = ArrayPool<byte>.Shared.Rent(SmallContentMemory.MaxDocumentBytes + 1);
        try
        {
            var read = await limited.ReadAtLeastAsync(head.AsMemory(0, SmallContentMemory.MaxDocumentBytes + 1), SmallContentMemory.MaxDocumentBytes + 1, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (read <= SmallContentMemory.MaxDocumentBytes && _memory.TryKeep(jobId, docId, head.AsSpan(0, read).ToArray()))
            {
                return read;
            }

            return await WriteFileAsync(finalPath, head.AsMemory(0, read), limited, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    public Task<Stream> OpenReadAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        var path = DocumentPath(jobId, docId);
        if (_memory is not null && _memory.TryGet(jobId, docId, out var bytes))
        {
            return Task.FromResult<Stream>(new MemoryStream(bytes, writable: false));
        }

        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (DirectoryNotFoundException)
        {
            throw new FileNotFoundException($"The content of document {docId} is gone.");
        }
    }

    public Task DeleteDocumentAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        var path = DocumentPath(jobId, docId);
        if (_memory is not null && _memory.Remove(jobId, docId))
        {
            return Task.CompletedTask; // never on disk: no file to delete (and no folder, whose absence would throw)
        }

        DeleteIgnoringMissingFolder(path);
        DeleteIgnoringMissingFolder(path + ContentFiles.PartialSuffix);
        return Task.CompletedTask;
    }

    public Task DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        var folder = JobFolder(jobId);
        _memory?.RemoveJob(jobId);
        if (!Directory.Exists(folder))
        {
            return Task.CompletedTask; // every document was held in memory, or the job is gone already
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted meanwhile by another call: deleting is idempotent.
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _lease?.Dispose();

    internal string JobFolder(string jobId) => Path.Combine(RootPath, ContentIds.EnsureSafe(jobId, nameof(jobId)));

    private string DocumentPath(string jobId, string docId) =>
        Path.Combine(JobFolder(jobId), ContentIds.EnsureSafe(docId, nameof(docId)));

    private static Task<long> WriteFileAsync(string finalPath, ReadOnlyMemory<byte> head, Stream rest, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(finalPath)!;
        if (!Directory.Exists(folder))
        {
            CreatePrivateDirectory(folder);
        }

        return ContentFiles.WriteNewAsync(finalPath, head, rest, cancellationToken);
    }

    private static void DeleteIgnoringMissingFolder(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // The job's folder is gone, so is the file.
        }
    }

    private static void CreatePrivateDirectory(string path) => PrivateFolder.Create(path);
}
