using BatchEngine.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Reading;

/// <summary>Every corpus file that is safe in-process gives pages or a clear error, within a time limit.</summary>
public sealed class CorpusReadingTests(ITestOutputHelper output)
{
    public static TheoryData<string> SafeFiles() => new(InProcessExclusions.SafeFiles());

    [Theory]
    [MemberData(nameof(SafeFiles))]
    public async Task Each_file_gives_pages_or_a_clear_error(string file)
    {
        var content = Corpus.Bytes(file);
        var reader = ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), content);
        if (reader is null)
        {
            // Nothing recognises it: the engine fails such a document as unsupported. Only non-PDF bytes may get here.
            Assert.False(PdfSniffer.IsPdf(content.AsSpan(0, Math.Min(1024, content.Length))));
            Assert.False(TextSniffer.IsText(content.AsSpan(0, Math.Min(1024, content.Length))));
            output.WriteLine($"{file}: no reader recognises it");
            return;
        }

        try
        {
            var document = await ReaderTestKit.ReadWithTimeoutAsync(reader, content);
            Assert.True(document.PageCount >= 1, "a readable document has at least one page");
            Assert.Equal(Math.Min(document.PageCount, ReaderTestKit.DefaultLimits.MaxPages), document.Pages.Count);
            Assert.Equal(Enumerable.Range(1, document.Pages.Count), document.Pages.Select(page => page.Number));
            Assert.Equal(reader.MediaType, document.MediaType);
            output.WriteLine($"{file}: {document.PageCount} pages, {document.ImageCount} images, {document.Pages.Sum(p => p.Text.Length)} chars");
        }
        catch (DocumentReadException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.True(
                error.Message.StartsWith("The PDF is encrypted and needs a password.", StringComparison.Ordinal)
                || error.Message.StartsWith("The PDF is damaged or truncated: ", StringComparison.Ordinal)
                || error.Message.StartsWith("The text is not valid ", StringComparison.Ordinal),
                error.Message);
            output.WriteLine($"{file}: {error.Message}");
        }
    }
}
