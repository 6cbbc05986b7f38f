using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>
/// A letterhead or logo drawn on every page is one image repeated byte for byte: the real Tesseract reads it once
/// per document and every page still gets its text. Tesseract runs through a wrapper script that counts the
/// images it is asked to read and then runs the real executable.
/// </summary>
[Collection(TesseractProcesses.Name)]
public sealed class RepeatedImageOcrTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ocr-count-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task An_image_repeated_on_every_page_is_read_once_and_its_text_lands_on_every_page()
    {
        var (wrapper, log) = CountingTesseract();
        await using var kit = new OcrTestKit(o => o.Ocr.TesseractPath = wrapper);
        var logo = OcrTestKit.Render(OcrTestKit.PdfOf("Northwind Aerospace quarterly parts ledger"), dpi: 100);
        var other = OcrTestKit.Render(OcrTestKit.PdfOf("Southgate turbine blade inspection"), dpi: 100);

        var document = await kit.ExtractAsync(OcrTestKit.PdfWithImages(logo, logo, other, logo));

        Assert.Equal(4, document.Pages.Count);
        foreach (var number in new[] { 1, 2, 4 })
        {
            var page = document.Pages.Single(p => p.Number == number);
            var at = page.Text.IndexOf("Northwind", StringComparison.Ordinal);
            Assert.True(at >= 0, $"page {number}: {page.Text}");
            Assert.Equal(new TextOrigin(TextOriginKind.ImageOcr, 1), page.OriginAt(at));
        }

        Assert.Contains("Southgate", document.Pages.Single(p => p.Number == 3).Text, StringComparison.Ordinal);
        Assert.Empty(document.ReviewReasons);
        Assert.Equal(2, File.ReadAllLines(log).Length); // two distinct images, four drawn
    }

    private (string Wrapper, string Log) CountingTesseract()
    {
        var real = Path.Combine(_folder.FullName, "..", "none");
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
        {
            if (File.Exists(Path.Combine(folder, "tesseract")))
            {
                real = Path.Combine(folder, "tesseract");
                break;
            }
        }

        var log = Path.Combine(_folder.FullName, "images.log");
        File.WriteAllText(log, string.Empty);
        var wrapper = Path.Combine(_folder.FullName, "tesseract");
        // The availability probe runs --version and --list-langs; only image paths are counted.
        File.WriteAllText(wrapper, $"#!/bin/sh\ncase \"$1\" in -*) ;; *) echo \"$1\" >> '{log}' ;; esac\nexec '{real}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return (wrapper, log);
    }
}
