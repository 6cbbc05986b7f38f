using BatchEngine.Classification;
using BatchEngine.Batches;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>Uploaded images and image-only PDFs are read by the real Tesseract, their text kept with its origin.</summary>
[Collection(TesseractProcesses.Name)]
public sealed class ImageOcrTests
{
    private static readonly string[] KnownLines =
    [
        "Employee record for Jonathan Appleseed",
        "Social Security Number: 536-22-8741",
        "Please keep this page in the locked cabinet",
    ];

    [Fact]
    public async Task A_png_of_known_text_is_one_page_read_by_ocr_with_its_origin()
    {
        await using var kit = new OcrTestKit();
        var png = OcrTestKit.Render(OcrTestKit.PdfOf(KnownLines));

        var document = await kit.ExtractAsync(png);

        Assert.Equal("image/png", document.MediaType);
        var page = Assert.Single(document.Pages);
        Assert.Contains("Appleseed", page.Text, StringComparison.Ordinal);
        Assert.Contains("536-22-8741", page.Text, StringComparison.Ordinal);
        Assert.Equal(TextOriginKind.PageOcr, page.OriginAt(page.Text.IndexOf("Appleseed", StringComparison.Ordinal)).Kind);
        // The image stays on the document after OCR, for a classifier that looks at images.
        Assert.True(Assert.Single(document.Images).IsPage);
        Assert.Empty(document.ReviewReasons);
    }

    [Fact]
    public async Task Evidence_found_only_in_an_image_decides_the_category_and_the_citation_names_ocr()
    {
        await using var kit = new OcrTestKit();
        var engine = kit.Services.GetRequiredService<IBatchEngine>();
        var png = OcrTestKit.Render(OcrTestKit.PdfOf(KnownLines));

        var result = await engine.ClassifyAsync(new IncomingDocument("scan.png", new MemoryStream(png)));

        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.DoesNotContain("No-Text", result.SecondaryTags);
        var citations = result.Citations.Where(c => c.Snippet.Contains("8741", StringComparison.Ordinal)).ToList();
        Assert.Contains(citations, c => c.Source == "ssn");
        Assert.All(citations, c => Assert.Equal("ocr-page", c.Origin)); // the SSN, and the record it makes with the name
        Assert.DoesNotContain(result.Citations, c => c.Snippet.Contains("Appleseed", StringComparison.Ordinal));
        Assert.Contains("from OCR of the page on page 1", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_pdf_without_a_text_layer_is_read_as_pages_of_ocr()
    {
        // pdfminer's 175.pdf: two JPEG scans of letter pages, no text layer (MANIFEST.tsv: kind scan, 0 characters).
        await using var kit = new OcrTestKit();

        var document = await kit.ExtractAsync(Corpus.Bytes("real/pdfminer_175.pdf"));

        Assert.Equal(2, document.ImageCount);
        Assert.All(document.Pages, page =>
        {
            Assert.True(page.Text.Count(char.IsLetter) > 200, $"page {page.Number} gave {page.Text.Length} characters");
            Assert.All(page.Segments, segment => Assert.Equal(TextOriginKind.PageOcr, segment.Origin.Kind));
        });
    }

    [Fact]
    public async Task The_scan_behind_a_text_layer_is_not_read_again()
    {
        // pdf.js issue13931: a 2996 x 4256 JPEG scan covering the page, with a hidden OCR text layer.
        await using var kit = new OcrTestKit();

        var document = await kit.ExtractAsync(Corpus.Bytes("real/pdfjs_issue13931.pdf"));

        Assert.Equal(1, document.ImageCount);
        Assert.All(document.Pages, page => Assert.All(page.Segments, s => Assert.Equal(TextOriginKind.TextLayer, s.Origin.Kind)));
    }

    [Fact]
    public async Task An_embedded_image_on_a_page_with_text_is_read_as_image_ocr_with_its_number()
    {
        await using var kit = new OcrTestKit();
        var picture = OcrTestKit.Render(OcrTestKit.PdfOf("Part number X-29 forward canard actuator"), dpi: 100);
        var pdf = PdfWithTextAndImage("This manual describes the maintenance of the landing gear in plain words.", picture);

        var document = await kit.ExtractAsync(pdf);

        var page = Assert.Single(document.Pages);
        var at = page.Text.IndexOf("canard", StringComparison.Ordinal);
        Assert.True(at >= 0, page.Text);
        Assert.Equal(new TextOrigin(TextOriginKind.ImageOcr, 1), page.OriginAt(at));
        Assert.Equal(TextOriginKind.TextLayer, page.OriginAt(0).Kind);
    }

    private static byte[] PdfWithTextAndImage(string text, byte[] png)
    {
        using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText(text, 11, new UglyToad.PdfPig.Core.PdfPoint(50, 780), font);
        page.AddPng(png, new UglyToad.PdfPig.Core.PdfRectangle(50, 300, 450, 500));
        return builder.Build();
    }
}
