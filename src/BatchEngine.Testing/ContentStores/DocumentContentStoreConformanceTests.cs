using System.Security.Cryptography;
using BatchEngine.Storage;

namespace BatchEngine.Testing;

/// <summary>
/// The contract of <see cref="IDocumentContentStore"/>, the suite BatchEngine's own content stores pass: derive a
/// test class, create the store in <see cref="CreateStoreAsync"/> and clean up in <see cref="DisposeStoreAsync"/>.
/// Every test uses fresh ids, so a shared backend also works.
/// </summary>
public abstract class DocumentContentStoreConformanceTests : IAsyncLifetime
{
    private IDocumentContentStore? _store;

    /// <summary>The store under test.</summary>
    protected IDocumentContentStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>Creates an empty store.</summary>
    protected abstract Task<IDocumentContentStore> CreateStoreAsync();

    /// <summary>Releases the store (and whatever it needed).</summary>
    protected virtual Task DisposeStoreAsync(IDocumentContentStore store) => SubjectDisposal.DisposeAsync(store);

    /// <summary>Size of the large upload streamed through the store. Default 12 MiB.</summary>
    protected virtual int LargeContentBytes => 12 * 1024 * 1024;

    /// <summary>Creates the store before each test.</summary>
    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    /// <summary>Releases the store after each test.</summary>
    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    [Fact]
    public async Task Saved_content_reads_back_byte_for_byte_and_the_size_is_returned()
    {
        var (jobId, docId) = (NewId(), NewId());
        var bytes = RandomNumberGenerator.GetBytes(10_000);

        Assert.Equal(bytes.Length, await Store.SaveAsync(jobId, docId, new MemoryStream(bytes), 1_000_000, CancellationToken.None));

        Assert.Equal(bytes, await ReadAsync(jobId, docId));
    }

    [Fact]
    public async Task Empty_content_and_content_of_exactly_the_limit_are_kept()
    {
        var jobId = NewId();
        var (empty, exact) = (NewId(), NewId());
        var bytes = RandomNumberGenerator.GetBytes(4096);

        Assert.Equal(0, await Store.SaveAsync(jobId, empty, new MemoryStream(), 4096, CancellationToken.None));
        Assert.Equal(4096, await Store.SaveAsync(jobId, exact, new MemoryStream(bytes), 4096, CancellationToken.None));

        Assert.Empty(await ReadAsync(jobId, empty));
        Assert.Equal(bytes, await ReadAsync(jobId, exact));
    }

    [Fact]
    public async Task Content_over_the_limit_is_refused_with_ContentTooLargeException_and_nothing_is_kept()
    {
        var (jobId, docId) = (NewId(), NewId());

        await Assert.ThrowsAsync<ContentTooLargeException>(() =>
            Store.SaveAsync(jobId, docId, new MemoryStream(RandomNumberGenerator.GetBytes(4097)), 4096, CancellationToken.None));

        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, docId, CancellationToken.None));
        var again = RandomNumberGenerator.GetBytes(100);
        Assert.Equal(100, await Store.SaveAsync(jobId, docId, new MemoryStream(again), 4096, CancellationToken.None));
        Assert.Equal(again, await ReadAsync(jobId, docId));
    }

    [Fact]
    public async Task A_large_upload_streamed_in_small_reads_reads_back_whole()
    {
        var (jobId, docId) = (NewId(), NewId());
        var bytes = RandomNumberGenerator.GetBytes(LargeContentBytes);

        Assert.Equal(bytes.Length, await Store.SaveAsync(jobId, docId, new TrickleStream(bytes), bytes.Length, CancellationToken.None));

        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await ReadAsync(jobId, docId)));
    }

    [Fact]
    public async Task Unknown_content_is_FileNotFoundException_and_deleting_it_does_nothing()
    {
        var (jobId, docId) = (NewId(), NewId());

        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, docId, CancellationToken.None));
        await Store.DeleteDocumentAsync(jobId, docId, CancellationToken.None);
        await Store.DeleteJobAsync(jobId, CancellationToken.None);
    }

    [Fact]
    public async Task Deleting_a_document_keeps_its_siblings_and_deleting_a_job_keeps_other_jobs()
    {
        var (jobId, otherJobId) = (NewId(), NewId());
        var (first, second, other) = (NewId(), NewId(), NewId());
        foreach (var (job, doc) in new[] { (jobId, first), (jobId, second), (otherJobId, other) })
        {
            await Store.SaveAsync(job, doc, new MemoryStream([1, 2, 3]), 100, CancellationToken.None);
        }

        await Store.DeleteDocumentAsync(jobId, first, CancellationToken.None);
        await Store.DeleteDocumentAsync(jobId, first, CancellationToken.None);
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, first, CancellationToken.None));
        Assert.Equal([1, 2, 3], await ReadAsync(jobId, second));

        await Store.DeleteJobAsync(jobId, CancellationToken.None);
        await Store.DeleteJobAsync(jobId, CancellationToken.None);
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, second, CancellationToken.None));
        Assert.Equal([1, 2, 3], await ReadAsync(otherJobId, other));
    }

    [Fact]
    public async Task Concurrent_saves_of_a_jobs_documents_each_keep_their_own_bytes()
    {
        var jobId = NewId();
        var documents = Enumerable.Range(0, 32).Select(i => (DocId: NewId(), Bytes: RandomNumberGenerator.GetBytes(1000 + (i * 37)))).ToList();

        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (d, ct) =>
            Assert.Equal(d.Bytes.Length, await Store.SaveAsync(jobId, d.DocId, new MemoryStream(d.Bytes), 1_000_000, ct)));

        foreach (var (docId, bytes) in documents)
        {
            Assert.Equal(bytes, await ReadAsync(jobId, docId));
        }
    }

    [Theory]
    [InlineData("../escaped")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("")]
    public async Task An_id_shaped_like_a_path_is_refused_or_kept_as_an_opaque_key(string oddId)
    {
        var jobId = NewId();
        var bytes = RandomNumberGenerator.GetBytes(64);
        try
        {
            await Store.SaveAsync(jobId, oddId, new MemoryStream(bytes), 1000, CancellationToken.None);
        }
        catch (ArgumentException)
        {
            return; // Refused: the id never reached a path.
        }

        // Kept: it reads back under that id only.
        Assert.Equal(bytes, await ReadAsync(jobId, oddId));
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, "escaped", CancellationToken.None));
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(jobId, "b", CancellationToken.None));
    }

    private async Task<byte[]> ReadAsync(string jobId, string docId)
    {
        await using var stream = await Store.OpenReadAsync(jobId, docId, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static string NewId() => Guid.CreateVersion7().ToString("D");

    /// <summary>A forward-only upload that hands out at most 1000 bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, 1000), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
