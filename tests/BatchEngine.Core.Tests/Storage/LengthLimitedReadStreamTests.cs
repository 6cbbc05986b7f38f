using BatchEngine.Storage;

namespace BatchEngine.Tests.Storage;

public sealed class LengthLimitedReadStreamTests
{
    [Fact]
    public async Task Content_of_exactly_the_limit_reads_through_whole()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        var copy = new MemoryStream();

        await new LengthLimitedReadStream(new MemoryStream(bytes), 1000).CopyToAsync(copy, bufferSize: 64);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task One_byte_past_the_limit_throws_ContentTooLargeException_naming_the_limit()
    {
        var limited = new LengthLimitedReadStream(new MemoryStream(new byte[1001]), 1000);

        var error = await Assert.ThrowsAsync<ContentTooLargeException>(() => limited.CopyToAsync(Stream.Null, bufferSize: 64));

        Assert.Equal(1000, error.LimitBytes);
    }

    [Fact]
    public void Synchronous_reads_count_against_the_same_limit()
    {
        var limited = new LengthLimitedReadStream(new MemoryStream(new byte[100]), 99);
        var buffer = new byte[60];

        Assert.Equal(60, limited.Read(buffer, 0, buffer.Length));
        Assert.Throws<ContentTooLargeException>(() => limited.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public async Task A_caller_given_exception_is_thrown_instead()
    {
        var refused = new InvalidOperationException("over the review limit");
        var limited = new LengthLimitedReadStream(new MemoryStream(new byte[10]), 5, () => refused);

        Assert.Same(refused, await Assert.ThrowsAsync<InvalidOperationException>(() => limited.CopyToAsync(Stream.Null)));
    }

    [Fact]
    public void The_stream_is_forward_only_and_read_only()
    {
        var limited = new LengthLimitedReadStream(new MemoryStream(new byte[10]), 5);

        Assert.True(limited.CanRead);
        Assert.False(limited.CanSeek);
        Assert.False(limited.CanWrite);
        Assert.Throws<NotSupportedException>(() => limited.Length);
        Assert.Throws<NotSupportedException>(() => limited.Write([1], 0, 1));
    }
}
