using BatchEngine.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Office.Tests.Corpus;

/// <summary>Files written by Word, PowerPoint, LibreOffice and Google Sheets (../shared/corpus/office, SOURCES.tsv).</summary>
public sealed class OfficeCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files() => new(Directory.EnumerateFiles(OfficeTestKit.CorpusFolder)
        .Select(Path.GetFileName).Where(n => n!.EndsWith("x", StringComparison.Ordinal)).Select(n => n!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_gives_pages_or_a_clear_error(string file)
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(OfficeTestKit.CorpusFolder, file));
        await using var services = OfficeTestKit.Services();
        var reader = OfficeTestKit.Reader(services);
        if (!reader.CanRead(content.AsSpan(0, Math.Min(1024, content.Length))))
        {
            // Only the Office lock file named .xlsx is not a package: the engine refuses it as unsupported.
            Assert.Equal("xlsx_office-lock-file.xlsx", file);
            return;
        }

        try
        {
            var document = await reader.ReadAsync(new MemoryStream(content), CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(document.PageCount, document.Pages.Count);
            output.WriteLine($"{file}: {document.MediaType}, {document.PageCount} page(s), {document.ImageCount} image(s)");
            foreach (var page in document.Pages)
            {
                output.WriteLine($"--- page {page.Number}: {string.Join(", ", page.Segments.Select(s => $"{s.Origin.Code}@{s.Start}+{s.Length}"))}");
                output.WriteLine(page.Text.Length > 600 ? page.Text[..600] : page.Text);
            }
        }
        catch (DocumentReadException error)
        {
            output.WriteLine($"{file}: {error.Message}");
            Assert.StartsWith("The Office file is damaged", error.Message, StringComparison.Ordinal);
        }
    }
}
