using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>
/// OCR accuracy on pages whose text poppler reads from the text layer: each page is rasterised by pdftoppm
/// (200 dpi, gray), read by the engine's OCR stage, and the distinct words poppler's pdftotext gives (3+
/// letters or digits) are looked up in what OCR found. The test also prints the seconds each page took
/// (a measured run, not a timed assertion).
/// </summary>
[Collection(TesseractProcesses.Name)]
public sealed partial class OcrWordRecallTests(ITestOutputHelper output)
{
    private static readonly (string File, int Page)[] Pages =
    [
        ("real/pdfjs_tracemonkey.pdf", 1),
        ("real/pdfjs_TAMReview.pdf", 2),
        ("real/pdfjs_issue918.pdf", 1),
        ("real/pysamples_002-trivial-libre-office-writer.pdf", 1),
        ("real/invoice2data_AzureInterior.pdf", 1),
        ("real/pdfminer_dmca.pdf", 1),
    ];

    [Fact]
    public async Task Ocr_finds_at_least_90_percent_of_the_text_layers_words()
    {
        // A busy shared machine can take minutes for a 200 dpi page: the measurement must not be cut short.
        await using var kit = new OcrTestKit(o => o.Ocr.ImageTimeout = o.Ocr.DocumentTimeout = TimeSpan.FromMinutes(5));
        int expected = 0, found = 0;
        var seconds = new List<double>();
        foreach (var (file, number) in Pages)
        {
            var path = Corpus.PathOf(file);
            var words = Words(OcrTestKit.PopplerText(path, number));
            var png = OcrTestKit.Render(await File.ReadAllBytesAsync(path), number, dpi: 200);
            var clock = Stopwatch.StartNew();
            var document = await kit.ExtractAsync(png);
            seconds.Add(clock.Elapsed.TotalSeconds);
            var read = Words(string.Join("\n", document.Pages.Select(p => p.Text)));
            var hits = words.Count(read.Contains);
            (expected, found) = (expected + words.Count, found + hits);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file} p{number}: {hits}/{words.Count} words ({100.0 * hits / words.Count:0.0}%), OCR {clock.Elapsed.TotalSeconds:0.0} s"));
        }

        var recall = (double)found / expected;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word recall {recall:0.000} ({found}/{expected}); OCR {seconds.Average():0.0} s per page (min {seconds.Min():0.0}, max {seconds.Max():0.0})"));
        Assert.True(expected > 500, $"only {expected} words to compare");
        Assert.True(recall >= 0.90, $"word recall {recall:0.000} is under 0.90");
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{Nd}]{3,}")]
    private static partial Regex Word();
}
