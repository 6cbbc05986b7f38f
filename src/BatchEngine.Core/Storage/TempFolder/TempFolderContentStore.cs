using System.Buffers;
using Microsoft.Extensions.Options;

namespace BatchEngine.Storage.TempFolder;

/// <summary>
/// The default <see cref="IDocumentContentStore"/>: one folder per job, one file per document, both named by
/// id only (a user's file name never reaches the file system). Without <see cref="BatchEngineOptions.ContentRoot"/>
/// the root is this process's own folder in <see cref="ProcessFolders"/> (a stable place per application, where
/// the folders of processes that died are cleaned up), removed when the store is disposed.
/// Content is written to a ".part" file and renamed when complete, so a reader never sees half a file.
/// </summary>
internal sealed class TempFolderContentStore : IDocumentContentStore, IDisposable
{
    private const int BufferBytes = 81_920;
    private const string PartialSuffix = ".part";
    private readonly ProcessFolders.Lease? _lease;

    public TempFolderContentStore(IOptions<BatchEngineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.ContentRoot;
        if (string.IsNullOrWhiteSpace(configured))
        {
            _lease = ProcessFolders.ForApplication().TakeOne();
            RootPath = _lease.Path;
        }
        else
        {
            RootPath = Path.GetFullPath(configured);
            CreatePrivateDirectory(RootPath);
        }
    }

    /// <summary>The folder holding every job's folder.</summary>
    public string RootPath { get; }

    public async Task<long> SaveAsync(string jobId, string docId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var finalPath = DocumentPath(jobId, docId);
        var partialPath = finalPath + PartialSuffix;
        var folder = Path.GetDirectoryName(finalPath)!;
        if (!Directory.Exists(folder))
        {
            CreatePrivateDirectory(folder);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            long total = 0;

            // A raw handle written synchronously: the bytes go to the page cache (no fsync), so an async
            // FileStream would only add a thread-pool hop per write and per close for every small file.
            using (var file = File.OpenHandle(partialPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken)) > 0)
                {
                    if (total + read > maxBytes)
                    {
                        throw new ContentTooLargeException(maxBytes);
                    }

                    RandomAccess.Write(file, buffer.AsSpan(0, read), total);
                    total += read;
                }
            }

            File.Move(partialPath, finalPath, overwrite: false);
            return total;
        }
        catch
        {
            File.Delete(partialPath);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public Task<Stream> OpenReadAsync(string jobId, string docId, CancellationToken cancellationToken)
    {
        var path = DocumentPath(jobId, docId);
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
        DeleteIgnoringMissingFolder(path);
        DeleteIgnoringMissingFolder(path + PartialSuffix);
        return Task.CompletedTask;
    }

    public Task DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        var folder = JobFolder(jobId);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Gone already: deleting is idempotent.
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _lease?.Dispose();

    internal string JobFolder(string jobId) => Path.Combine(RootPath, ContentIds.EnsureSafe(jobId, nameof(jobId)));

    private string DocumentPath(string jobId, string docId) =>
        Path.Combine(JobFolder(jobId), ContentIds.EnsureSafe(docId, nameof(docId)));

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
