using System.Diagnostics;
using BatchEngine.DependencyInjection;
using BatchEngine.Reading;
using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>
/// The real readers and the real OCR stage as <c>AddBatchEngine()</c> registers them (in-process PDF reading),
/// with the real Tesseract and poppler's <c>pdftoppm</c>/<c>pdftotext</c> (installed by .ci/run).
/// </summary>
internal sealed class OcrTestKit : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public OcrTestKit(Action<BatchEngineOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBatchEngine(o =>
        {
            o.Isolation.Enabled = false;
            configure?.Invoke(o);
        });
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public IOcrStatus Status => _services.GetRequiredService<IOcrStatus>();

    /// <summary>Reads a document as the engine does before its detectors: sniff, read, OCR.</summary>
    public async Task<ExtractedDocument> ExtractAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var readers = _services.GetServices<IDocumentReader>().ToList();
        var reader = ReaderTestKit.Pick(readers, content) ?? throw new InvalidOperationException("no reader recognises the content");
        var read = await reader.ReadAsync(new MemoryStream(content, writable: false), cancellationToken);
        return await _services.GetRequiredService<DocumentOcr>().ApplyAsync(read, cancellationToken);
    }

    public BatchEngineOptions Options => _services.GetRequiredService<IOptions<BatchEngineOptions>>().Value;

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>A one-page PDF of the given lines (Helvetica 14 pt), written with PdfPig.</summary>
    public static byte[] PdfOf(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        for (var index = 0; index < lines.Length; index++)
        {
            page.AddText(lines[index], 14, new PdfPoint(60, 760 - (24 * index)), font);
        }

        return builder.Build();
    }

    /// <summary>A PDF of one page per PNG: a line of text (so each page has a text layer) and the image below it.</summary>
    public static byte[] PdfWithImages(params byte[][] pngs)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var png in pngs)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText("Maintenance notes for the hangar crew, written in plain words.", 11, new PdfPoint(50, 780), font);
            page.AddPng(png, new PdfRectangle(50, 300, 450, 500));
        }

        return builder.Build();
    }

    /// <summary>Page <paramref name="page"/> of a PDF as a PNG, rendered by poppler's pdftoppm.</summary>
    public static byte[] Render(byte[] pdf, int page = 1, int dpi = 150)
    {
        var folder = Directory.CreateTempSubdirectory("ocr-test-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var output = Path.Combine(folder.FullName, "page");
            Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-singlefile", "-gray", "-png", input, output]);
            return File.ReadAllBytes(output + ".png");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>poppler's text layer of one page.</summary>
    public static string PopplerText(string pdfPath, int page) =>
        Run("pdftotext", ["-f", $"{page}", "-l", $"{page}", "-layout", pdfPath, "-"]);

    private static string Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode} (install poppler-utils)");
        }

        return output.Result;
    }
}
