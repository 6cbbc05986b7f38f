using BatchEngine.Isolation;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;

namespace BatchEngine.Tests.Isolation;

public sealed class ExtractionProcessPoolTests
{
    private const string Paper = "real/pdfjs_tracemonkey.pdf";

    [Fact]
    public async Task Reads_a_pdf_in_a_child_process_exactly_as_in_process()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);
        var content = Corpus.Bytes(Paper);

        var isolated = await IsolationTestKit.ReadAsync(pool, content);
        var inProcess = await new PdfDocumentReader(ReaderTestKit.DefaultLimits).ReadAsync(new MemoryStream(content), CancellationToken.None);

        Assert.Equal(inProcess.PageCount, isolated.PageCount);
        Assert.Equal(inProcess.ImageCount, isolated.ImageCount);
        Assert.Equal(inProcess.Pages, isolated.Pages);
        Assert.Equal(1, pool.ProcessesStarted);
    }

    [Fact]
    public async Task A_reader_error_comes_back_with_the_same_message_and_keeps_the_process()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => IsolationTestKit.ReadAsync(pool, Corpus.Bytes("real/pdfminer_aes-256-r6.pdf")));
        await IsolationTestKit.ReadAsync(pool, Corpus.Bytes(Paper));

        Assert.Equal("The PDF is encrypted and needs a password.", error.Message);
        Assert.Equal(1, pool.ProcessesStarted);
        Assert.Equal(0, pool.ProcessesKilled);
    }
}
