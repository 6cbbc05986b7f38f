using BatchEngine.Storage;
using BatchEngine.Storage.TempFolder;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Storage;

/// <summary>
/// Small documents of the temp-folder store stay in memory (creating a file dominated a tiny upload's cost):
/// read back the same, never on disk, bounded by the budget, and only in the process's own folder.
/// </summary>
public sealed class SmallContentMemoryTests : IDisposable
{
    private readonly TempFolderContentStore _store = new(Options.Create(new BatchEngineOptions { SmallContentMemoryBytes = 100_000 }));
    private readonly string _jobId = Guid.NewGuid().ToString("D");

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_small_document_reads_back_from_memory_and_creates_no_file()
    {
        var bytes = Enumerable.Range(0, 5_000).Select(i => (byte)i).ToArray();

        Assert.Equal(bytes.Length, await _store.SaveAsync(_jobId, "doc", new MemoryStream(bytes), 1_000_000, CancellationToken.None));

        Assert.Equal(bytes, await ReadAsync("doc"));
        Assert.False(Directory.Exists(_store.JobFolder(_jobId)));
        Assert.Equal(bytes.Length, _store.MemoryBytes);
    }

    [Fact]
    public async Task A_document_past_the_in_memory_size_goes_to_disk_whole()
    {
        var bytes = Enumerable.Range(0, SmallContentMemory.MaxDocumentBytes + 1).Select(i => (byte)(i * 7)).ToArray();

        Assert.Equal(bytes.Length, await _store.SaveAsync(_jobId, "big", new MemoryStream(bytes), 1_000_000, CancellationToken.None));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_store.JobFolder(_jobId), "big")));
        Assert.Equal(bytes, await ReadAsync("big"));
        Assert.Equal(0, _store.MemoryBytes);
    }

    [Fact]
    public async Task Past_the_budget_documents_go_to_disk_and_deleting_gives_the_budget_back()
    {
        var document = new byte[40_000];
        await _store.SaveAsync(_jobId, "a", new MemoryStream(document), 1_000_000, CancellationToken.None);
        await _store.SaveAsync(_jobId, "b", new MemoryStream(document), 1_000_000, CancellationToken.None);
        await _store.SaveAsync(_jobId, "c", new MemoryStream(document), 1_000_000, CancellationToken.None);

        Assert.Equal(80_000, _store.MemoryBytes);
        Assert.Equal(["c"], Directory.GetFiles(_store.JobFolder(_jobId)).Select(Path.GetFileName));

        await _store.DeleteDocumentAsync(_jobId, "a", CancellationToken.None);
        Assert.Equal(40_000, _store.MemoryBytes);
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(_jobId, "a", CancellationToken.None));

        await _store.DeleteJobAsync(_jobId, CancellationToken.None);
        Assert.Equal(0, _store.MemoryBytes);
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(_jobId, "b", CancellationToken.None));
    }

    [Fact]
    public async Task An_id_is_written_once_in_memory_too()
    {
        await _store.SaveAsync(_jobId, "doc", new MemoryStream([1]), 10, CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(_jobId, "doc", new MemoryStream([2]), 10, CancellationToken.None));
        Assert.Equal([1], await ReadAsync("doc"));
        Assert.Equal(1, _store.MemoryBytes);
    }

    [Fact]
    public async Task A_small_document_over_the_file_limit_is_refused_and_nothing_is_kept()
    {
        await Assert.ThrowsAsync<ContentTooLargeException>(() => _store.SaveAsync(_jobId, "doc", new MemoryStream(new byte[101]), 100, CancellationToken.None));

        Assert.Equal(0, _store.MemoryBytes);
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(_jobId, "doc", CancellationToken.None));
    }

    [Fact]
    public async Task A_configured_root_keeps_every_document_on_disk()
    {
        var root = Path.Combine(Path.GetTempPath(), "batchengine-configured-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var store = new TempFolderContentStore(Options.Create(new BatchEngineOptions { ContentRoot = root }));
            await store.SaveAsync(_jobId, "doc", new MemoryStream([1, 2]), 10, CancellationToken.None);

            Assert.Equal(0, store.MemoryBytes);
            Assert.Equal([1, 2], await File.ReadAllBytesAsync(Path.Combine(root, _jobId, "doc")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<byte[]> ReadAsync(string docId)
    {
        await using var stream = await _store.OpenReadAsync(_jobId, docId, CancellationToken.None);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
