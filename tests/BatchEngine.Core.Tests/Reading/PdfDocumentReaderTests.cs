using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading;

public sealed class PdfDocumentReaderTests
{
    private const string Paper = "real/pdfjs_tracemonkey.pdf"; // 14 pages, pdfTeX

    public static TheoryData<string> FilesNeedingAPassword() =>
        new(Corpus.Manifest.Values.Where(row => row.Kind == "encrypted-pw").Select(row => row.Path).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Reads_text_per_page_in_reading_order_with_counts()
    {
        var document = await Read(Paper, ReaderTestKit.DefaultLimits);

        Assert.Equal(14, document.PageCount);
        Assert.Equal(14, document.Pages.Count);
        Assert.False(document.Truncated);
        Assert.Equal("application/pdf", document.MediaType);
        Assert.True(document.ImageCount > 0, "the paper has figures");
        var firstPage = document.Pages[0].Text;
        var title = firstPage.IndexOf("Trace-based Just-in-Time Type Specialization", StringComparison.Ordinal);
        var abstractHeading = firstPage.IndexOf("Abstract", StringComparison.Ordinal);
        Assert.True(title >= 0, "the title is on page 1");
        Assert.True(abstractHeading > title, "the abstract follows the title");
    }

    [Fact]
    public async Task Page_limit_counts_later_pages_without_reading_them()
    {
        var document = await Read(Paper, new ReadingLimits(MaxPages: 3, MaxCharacters: 5_000_000));

        Assert.Equal(14, document.PageCount);
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.True(document.Truncated);
    }

    [Fact]
    public async Task Character_limit_stops_reading_and_marks_truncation()
    {
        var document = await Read(Paper, new ReadingLimits(MaxPages: 2000, MaxCharacters: 500));

        Assert.Equal(500, document.Pages.Sum(p => p.Text.Length));
        Assert.True(document.Truncated);
        Assert.Equal(14, document.PageCount);
    }

    [Theory]
    [MemberData(nameof(FilesNeedingAPassword))]
    public async Task A_pdf_that_needs_a_password_fails_as_encrypted(string file)
    {
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => Read(file, ReaderTestKit.DefaultLimits));

        Assert.Equal("The PDF is encrypted and needs a password.", error.Message);
    }

    [Fact]
    public async Task A_pdf_encrypted_with_an_empty_user_password_is_read()
    {
        var document = await Read("real/pdfminer_dmca.pdf", ReaderTestKit.DefaultLimits);

        Assert.Equal(18, document.PageCount);
        Assert.Contains("Copyright", string.Concat(document.Pages.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_pdf_fails_with_a_damaged_error()
    {
        var whole = Corpus.Bytes(Paper);
        var reader = new PdfDocumentReader(ReaderTestKit.DefaultLimits);

        var error = await Assert.ThrowsAsync<DocumentReadException>(async () =>
            await ReaderTestKit.ReadWithTimeoutAsync(reader, whole[..2048]));

        Assert.StartsWith("The PDF is damaged or truncated: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_pdf_bytes_fail_with_a_damaged_error_when_read_anyway()
    {
        var reader = new PdfDocumentReader(ReaderTestKit.DefaultLimits);

        var error = await Assert.ThrowsAsync<DocumentReadException>(async () =>
            await reader.ReadAsync(new MemoryStream("potato salad"u8.ToArray()), CancellationToken.None));

        Assert.StartsWith("The PDF is damaged or truncated: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Honours_cancellation()
    {
        var reader = new PdfDocumentReader(ReaderTestKit.DefaultLimits);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await reader.ReadAsync(new MemoryStream(Corpus.Bytes(Paper)), cancelled.Token));
    }

    [Fact]
    public async Task Cancellation_between_pages_stops_reading()
    {
        using var cancellation = new CancellationTokenSource();
        var pagesStarted = 0;
        var reader = new PdfDocumentReader(ReaderTestKit.DefaultLimits)
        {
            PageStarting = number =>
            {
                pagesStarted = number;
                if (number == 2)
                {
                    cancellation.Cancel();
                }
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await reader.ReadAsync(new MemoryStream(Corpus.Bytes(Paper)), cancellation.Token));
        Assert.Equal(2, pagesStarted);
    }

    private static Task<ExtractedDocument> Read(string file, ReadingLimits limits) =>
        ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(limits), Corpus.Bytes(file));
}
