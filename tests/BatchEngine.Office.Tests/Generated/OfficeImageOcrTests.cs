using System.Diagnostics;
using BatchEngine.Reading;
using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Office.Tests.Generated;

/// <summary>A picture inside a Word file goes to OCR (the real Tesseract) and its text joins the page as image OCR.</summary>
public sealed class OfficeImageOcrTests
{
    [Fact]
    public async Task Text_in_an_embedded_picture_is_read_and_cited_as_image_ocr()
    {
        // pdf.js issue918.pdf page 1 ("Ideology as ritual"), rendered by poppler's pdftoppm, pasted into a DOCX.
        var picture = Render(Path.Combine(OfficeTestKit.CorpusFolder, "..", "real", "pdfjs_issue918.pdf"));
        await using var services = OfficeTestKit.Services();
        var read = await OfficeTestKit.Reader(services).ReadAsync(new MemoryStream(GeneratedDocuments.Word(picture)), CancellationToken.None);

        var document = await services.GetRequiredService<DocumentOcr>().ApplyAsync(read, CancellationToken.None);

        Assert.Equal(1, read.ImageCount);
        var page = document.Pages[1];
        var at = page.Text.IndexOf("Ideology", StringComparison.Ordinal);
        Assert.True(at > 0, page.Text);
        Assert.Equal(new TextOrigin(TextOriginKind.ImageOcr, 1), page.OriginAt(at));
        Assert.Contains("Second page text.", page.Text, StringComparison.Ordinal);
    }

    private static byte[] Render(string pdf)
    {
        var folder = Directory.CreateTempSubdirectory("office-ocr-");
        try
        {
            var output = Path.Combine(folder.FullName, "page");
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-r", "100", "-f", "1", "-l", "1", "-singlefile", "-gray", "-png", pdf, output]))!;
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
            return File.ReadAllBytes(output + ".png");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
