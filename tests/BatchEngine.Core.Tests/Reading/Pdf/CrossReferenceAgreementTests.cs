using BatchEngine.Reading;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Reading.Pdf;

/// <summary>
/// Every corpus file that poppler opens (MANIFEST.tsv pdfinfo_rc 0) is opened by the reader too, except the
/// files listed here with the reason (each one is checked to still fail, so the list cannot go stale).
/// </summary>
public sealed class CrossReferenceAgreementTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> KnownMisses = new()
    {
        ["real/pdfjs_bug1782186.pdf"] = "encrypted with user password 'Hello': poppler opens it to count pages, PdfPig needs the password",
        ["broken/qpdf_fuzz-16214.pdf"] = "no %PDF- header at all: sniffing by content does not take it for a PDF",
        ["broken/pdfjs_bug1606566.pdf"] = "no %PDF- header in the first 1 KiB: sniffing by content does not take it for a PDF",
        ["broken/pdfpig_Hang.pdf"] = "a damaged Word export whose page lookup fails in PdfPig on every page (PdfPig issue 1047)",
        ["broken/pdfpig_GHOSTSCRIPT-691770-0.pdf"] = "a decompression bomb: PdfPig refuses the oversized stream (poppler reads it in 20 s and finds no text)",
        ["broken/qpdf_broken-lzw.pdf"] = "an LZWDecode stream with a bad code: PdfPig's decoder stops the page, poppler skips the stream",
    };

    [Fact]
    public async Task Every_file_poppler_reads_is_read_or_listed_with_its_reason()
    {
        var reader = new PdfDocumentReader(new ReadingLimits(MaxPages: 5, MaxCharacters: 50_000));
        var popplerReads = Corpus.Manifest.Values.Where(row => row.PopplerPages is not null && !InProcessExclusions.Files.ContainsKey(row.Path)).ToList();
        var read = 0;
        var unexpected = new List<string>();
        foreach (var row in popplerReads)
        {
            var content = Corpus.Bytes(row.Path);
            string? failure = null;
            if (!PdfSniffer.IsPdf(content.AsSpan(0, Math.Min(1024, content.Length))))
            {
                failure = "not sniffed as PDF";
            }
            else
            {
                try
                {
                    await ReaderTestKit.ReadWithTimeoutAsync(reader, content);
                }
                catch (DocumentReadException error)
                {
                    failure = error.Message;
                }
                catch (TimeoutException)
                {
                    failure = "timed out";
                }
            }

            if (failure is null)
            {
                read++;
                Assert.False(KnownMisses.ContainsKey(row.Path), $"{row.Path} is read now: take it off the list");
            }
            else if (!KnownMisses.ContainsKey(row.Path))
            {
                unexpected.Add($"{row.Path}: {failure}");
            }
            else
            {
                output.WriteLine($"{row.Path}: not read ({KnownMisses[row.Path]})");
            }
        }

        output.WriteLine($"read {read} of the {popplerReads.Count} files poppler reads (in-process; the {InProcessExclusions.Files.Count} files that kill a process are the isolated tests')");
        Assert.Empty(unexpected);
    }
}
