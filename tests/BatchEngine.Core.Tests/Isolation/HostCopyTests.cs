using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Isolation;

/// <summary>
/// The host passes a PDF to its child without holding a copy of it: by path for a file, in pooled chunks for any
/// other stream. Measured as the bytes the host allocates for one read, against the document's own size.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class HostCopyTests(ITestOutputHelper output)
{
    private const string LargePdf = "real/pdfpig_caly-issues-58-2.pdf";

    // No images kept for OCR: the answer is the text alone, so what the host allocates beyond it is the document's copies.
    private static readonly ReadingLimits TextOnly = new(MaxPages: 1000, MaxCharacters: 1_000_000);

    [Fact]
    public async Task A_file_goes_to_the_child_by_path_and_the_host_allocates_less_than_the_document()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);
        var path = Corpus.PathOf(LargePdf);
        var expected = Text(await new PdfDocumentReader(TextOnly).ReadAsync(new MemoryStream(Corpus.Bytes(LargePdf)), CancellationToken.None));
        await ReadFileAsync(pool, path);

        var isolated = string.Empty;
        var allocated = await AllocatedByAsync(async () => isolated = await ReadFileAsync(pool, path));

        var size = new FileInfo(path).Length;
        output.WriteLine($"host allocated {allocated / 1024} KiB reading a {size / 1024} KiB PDF by path");
        Assert.Equal(expected, isolated);
        Assert.True(allocated < size, $"the host allocated {allocated} bytes for a {size}-byte document");
    }

    [Fact]
    public async Task A_stream_goes_to_the_child_in_chunks_and_the_host_allocates_less_than_the_document()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);
        var content = Corpus.Bytes(LargePdf);
        var reader = new IsolatedPdfReader(pool, TextOnly);
        var inProcess = Text(await new PdfDocumentReader(TextOnly).ReadAsync(new MemoryStream(content), CancellationToken.None));
        await reader.ReadAsync(new MemoryStream(content, writable: false), CancellationToken.None);

        var isolated = string.Empty;
        var allocated = await AllocatedByAsync(async () =>
            isolated = Text(await reader.ReadAsync(new MemoryStream(content, writable: false), CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard)));

        output.WriteLine($"host allocated {allocated / 1024} KiB reading a {content.Length / 1024} KiB PDF through the pipe");
        Assert.Equal(inProcess, isolated);
        Assert.True(allocated < content.Length, $"the host allocated {allocated} bytes for a {content.Length}-byte document");
    }

    private static async Task<string> ReadFileAsync(ExtractionProcessPool pool, string path)
    {
        var reader = new IsolatedPdfReader(pool, TextOnly);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Text(await reader.ReadAsync(file, CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard));
    }

    private static string Text(ExtractedDocument document) => string.Join("\f", document.Pages.Select(p => p.Text));

    private static async Task<long> AllocatedByAsync(Func<Task> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
