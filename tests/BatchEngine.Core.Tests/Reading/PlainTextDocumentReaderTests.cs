using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading;

public sealed class PlainTextDocumentReaderTests
{
    private const string Sample = "Grüße, 世界! Price: 5 € 😀\nsecond line";

    public static TheoryData<string, byte[]> EncodedSamples() => new()
    {
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(EncodedSamples))]
    public async Task Decodes_each_supported_encoding(string encoding, byte[] content)
    {
        var reader = new PlainTextDocumentReader(ReaderTestKit.DefaultLimits);

        Assert.True(reader.CanRead(content), encoding);
        var document = await reader.ReadAsync(new MemoryStream(content), CancellationToken.None);

        var page = Assert.Single(document.Pages);
        Assert.Equal(Sample, page.Text);
        Assert.Equal(1, document.PageCount);
        Assert.Equal("text/plain", document.MediaType);
        Assert.False(document.Truncated);
    }

    [Fact]
    public async Task Form_feeds_separate_pages()
    {
        var reader = new PlainTextDocumentReader(ReaderTestKit.DefaultLimits);

        var document = await reader.ReadAsync(new MemoryStream("one\ftwo\fthree"u8.ToArray()), CancellationToken.None);

        Assert.Equal(3, document.PageCount);
        Assert.Equal(["one", "two", "three"], document.Pages.Select(p => p.Text));
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
    }

    [Fact]
    public async Task Invalid_utf8_after_a_valid_header_fails_with_a_clear_error()
    {
        var content = Encoding.UTF8.GetBytes(new string('a', 2000)).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var reader = new PlainTextDocumentReader(ReaderTestKit.DefaultLimits);
        Assert.True(reader.CanRead(content.AsSpan(0, 1024)));

        var error = await Assert.ThrowsAsync<DocumentReadException>(async () => await reader.ReadAsync(new MemoryStream(content), CancellationToken.None));

        Assert.Equal("The text is not valid UTF-8 (invalid bytes at offset 2000).", error.Message);
    }

    [Fact]
    public async Task Odd_utf16_content_fails_with_a_clear_error()
    {
        byte[] content = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]; // 'A', a lone high surrogate, 'A'
        var reader = new PlainTextDocumentReader(ReaderTestKit.DefaultLimits);

        var error = await Assert.ThrowsAsync<DocumentReadException>(async () => await reader.ReadAsync(new MemoryStream(content), CancellationToken.None));

        Assert.StartsWith("The text is not valid UTF-16 LE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Character_limit_cuts_the_text_and_marks_it_truncated()
    {
        var reader = new PlainTextDocumentReader(new ReadingLimits(MaxPages: 10, MaxCharacters: 10));

        var document = await reader.ReadAsync(new MemoryStream("0123456789abcdef\fnext page"u8.ToArray()), CancellationToken.None);

        Assert.True(document.Truncated);
        Assert.Equal("0123456789", Assert.Single(document.Pages).Text);
    }

    [Fact]
    public async Task Character_limit_never_splits_a_surrogate_pair()
    {
        var reader = new PlainTextDocumentReader(new ReadingLimits(MaxPages: 10, MaxCharacters: 4));

        var document = await reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("abc😀def")), CancellationToken.None);

        Assert.True(document.Truncated);
        Assert.Equal("abc", Assert.Single(document.Pages).Text);
    }

    [Fact]
    public async Task Page_limit_counts_later_pages_without_reading_them()
    {
        var reader = new PlainTextDocumentReader(new ReadingLimits(MaxPages: 2, MaxCharacters: 1000));

        var document = await reader.ReadAsync(new MemoryStream("a\fb\fc\fd"u8.ToArray()), CancellationToken.None);

        Assert.Equal(4, document.PageCount);
        Assert.Equal(["a", "b"], document.Pages.Select(p => p.Text));
        Assert.True(document.Truncated);
    }

    [Fact]
    public async Task Reads_no_more_bytes_than_the_character_limit_can_use()
    {
        var content = new CountingStream(Encoding.UTF8.GetBytes(new string('x', 1_000_000)));
        var reader = new PlainTextDocumentReader(new ReadingLimits(MaxPages: 10, MaxCharacters: 100));

        var document = await reader.ReadAsync(content, CancellationToken.None);

        Assert.True(document.Truncated);
        Assert.Equal(100, document.Pages.Sum(p => p.Text.Length));
        Assert.True(content.BytesRead <= (100 * 3) + 3 + 1, $"read {content.BytesRead} bytes");
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        var reader = new PlainTextDocumentReader(ReaderTestKit.DefaultLimits);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await reader.ReadAsync(new MemoryStream("text"u8.ToArray()), cancelled.Token));
    }

    // MemoryStream's async reads go through Read(Span), so counting the two sync reads counts every byte once.
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
