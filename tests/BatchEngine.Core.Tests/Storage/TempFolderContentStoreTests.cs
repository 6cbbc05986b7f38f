using BatchEngine.Storage;
using BatchEngine.Storage.TempFolder;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Storage;

/// <summary>The store's files on disk (small documents kept in memory have their own tests, <see cref="SmallContentMemoryTests"/>).</summary>
public sealed class TempFolderContentStoreTests : IDisposable
{
    private readonly TempFolderContentStore _store = new(Options.Create(new BatchEngineOptions { SmallContentMemoryBytes = 0 }));
    private readonly string _jobId = Guid.NewGuid().ToString("D");
    private readonly string _docId = Guid.NewGuid().ToString("D");

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Saved_content_reads_back_and_is_stored_under_its_ids_only()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray();

        var saved = await _store.SaveAsync(_jobId, _docId, new MemoryStream(bytes), 1_000_000, CancellationToken.None);

        Assert.Equal(bytes.Length, saved);
        await using (var read = await _store.OpenReadAsync(_jobId, _docId, CancellationToken.None))
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }

        Assert.Equal([_jobId], Directory.GetDirectories(_store.RootPath).Select(Path.GetFileName));
        Assert.Equal([_docId], Directory.GetFiles(_store.JobFolder(_jobId)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Content_over_the_limit_is_refused_and_nothing_is_kept()
    {
        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() =>
            _store.SaveAsync(_jobId, _docId, new MemoryStream(new byte[1001]), 1000, CancellationToken.None));

        Assert.Equal(1000, error.LimitBytes);
        Assert.Empty(Directory.GetFiles(_store.JobFolder(_jobId)));
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(_jobId, _docId, CancellationToken.None));
    }

    [Fact]
    public async Task Content_of_exactly_the_limit_is_accepted()
    {
        Assert.Equal(1000, await _store.SaveAsync(_jobId, _docId, new MemoryStream(new byte[1000]), 1000, CancellationToken.None));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData("")]
    public async Task Ids_that_could_leave_the_folder_are_refused(string id)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.SaveAsync(id, _docId, new MemoryStream([1]), 10, CancellationToken.None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.SaveAsync(_jobId, id, new MemoryStream([1]), 10, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_a_document_or_a_job_removes_the_files_and_repeating_it_is_harmless()
    {
        var other = Guid.NewGuid().ToString("D");
        await _store.SaveAsync(_jobId, _docId, new MemoryStream([1, 2, 3]), 10, CancellationToken.None);
        await _store.SaveAsync(_jobId, other, new MemoryStream([4]), 10, CancellationToken.None);

        await _store.DeleteDocumentAsync(_jobId, _docId, CancellationToken.None);
        await _store.DeleteDocumentAsync(_jobId, _docId, CancellationToken.None);
        Assert.Equal([other], Directory.GetFiles(_store.JobFolder(_jobId)).Select(Path.GetFileName));

        await _store.DeleteJobAsync(_jobId, CancellationToken.None);
        await _store.DeleteJobAsync(_jobId, CancellationToken.None);
        Assert.False(Directory.Exists(_store.JobFolder(_jobId)));
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(_jobId, other, CancellationToken.None));
    }

    [Fact]
    public void The_private_temp_folder_is_owner_only_and_removed_on_dispose()
    {
        var store = new TempFolderContentStore(Options.Create(new BatchEngineOptions()));
        Assert.True(Directory.Exists(store.RootPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(store.RootPath));
        }

        store.Dispose();

        Assert.False(Directory.Exists(store.RootPath));
    }

    [Fact]
    public async Task A_configured_root_is_used_and_kept_on_dispose()
    {
        var root = Path.Combine(Path.GetTempPath(), "batchengine-configured-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new TempFolderContentStore(Options.Create(new BatchEngineOptions { ContentRoot = root }));
            await store.SaveAsync(_jobId, _docId, new MemoryStream([1]), 10, CancellationToken.None);
            store.Dispose();

            Assert.True(File.Exists(Path.Combine(root, _jobId, _docId)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
