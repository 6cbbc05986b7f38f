using BatchEngine.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Reading;

/// <summary>Page counts against poppler's pdfinfo (MANIFEST.tsv), over every file poppler could open.</summary>
public sealed class PageCountAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Page_counts_agree_with_poppler_on_nearly_every_file()
    {
        var compared = 0;
        var agreed = 0;
        var reader = new PdfDocumentReader(new ReadingLimits(MaxPages: 1, MaxCharacters: 1));
        var files = InProcessExclusions.SafeFiles()
            .Select(file => (File: file, Poppler: Corpus.Manifest.TryGetValue(file, out var row) ? row.PopplerPages : null))
            .Where(entry => entry.Poppler is not null);
        foreach (var (file, poppler) in files)
        {
            compared++;
            int? ours;
            try
            {
                ours = (await ReaderTestKit.ReadWithTimeoutAsync(reader, Corpus.Bytes(file))).PageCount;
            }
            catch (DocumentReadException)
            {
                ours = null;
            }

            if (ours == poppler)
            {
                agreed++;
            }
            else
            {
                output.WriteLine($"{file}: poppler {poppler}, PdfPig {ours?.ToString() ?? "error"}");
            }
        }

        var agreement = 100.0 * agreed / compared;
        output.WriteLine($"Page counts agree with poppler on {agreed} of {compared} files ({agreement:F1}%).");
        Assert.True(compared > 150, $"only {compared} files were compared");
        Assert.True(agreement >= 95.0, $"agreement {agreement:F1}% is under 95%");
    }
}
