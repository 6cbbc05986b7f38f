using BatchEngine.Storage;

namespace BatchEngine.Tests.Storage;

public sealed class ContentFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("be-content-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_head_and_the_rest_land_under_the_final_name_and_no_partial_file_stays()
    {
        var path = Path.Combine(_folder, "doc");

        var written = await ContentFiles.WriteNewAsync(path, new byte[] { 1, 2 }, new MemoryStream([3, 4, 5]), CancellationToken.None);

        Assert.Equal(5, written);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, await File.ReadAllBytesAsync(path));
        Assert.Equal(["doc"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_neither_the_file_nor_its_partial_file()
    {
        var path = Path.Combine(_folder, "doc");
        var overLimit = new LengthLimitedReadStream(new MemoryStream(new byte[200_000]), 100_000);

        await Assert.ThrowsAsync<ContentTooLargeException>(() => ContentFiles.WriteNewAsync(path, ReadOnlyMemory<byte>.Empty, overLimit, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task An_existing_file_is_never_replaced()
    {
        var path = Path.Combine(_folder, "doc");
        await File.WriteAllBytesAsync(path, [9]);

        await Assert.ThrowsAnyAsync<IOException>(() => ContentFiles.WriteNewAsync(path, new byte[] { 1 }, Stream.Null, CancellationToken.None));

        Assert.Equal(new byte[] { 9 }, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + ContentFiles.PartialSuffix));
    }

    [Fact]
    public async Task Another_writers_partial_file_is_neither_taken_over_nor_removed()
    {
        var path = Path.Combine(_folder, "doc");
        await File.WriteAllBytesAsync(path + ContentFiles.PartialSuffix, [7]);

        await Assert.ThrowsAnyAsync<IOException>(() => ContentFiles.WriteNewAsync(path, new byte[] { 1 }, Stream.Null, CancellationToken.None));

        Assert.Equal(new byte[] { 7 }, await File.ReadAllBytesAsync(path + ContentFiles.PartialSuffix));
        Assert.False(File.Exists(path));
    }
}
