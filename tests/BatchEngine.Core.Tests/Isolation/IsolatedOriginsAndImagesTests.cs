using BatchEngine.Isolation;
using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using System.Runtime.InteropServices;
using BatchEngine.Tests.Reading;
using BatchEngine.Tests.Reading.Ocr;

namespace BatchEngine.Tests.Isolation;

/// <summary>What the child process reads beyond plain text (origins, images for OCR) reaches the host whole.</summary>
public sealed class IsolatedOriginsAndImagesTests
{
    [Fact]
    public async Task Form_field_origins_and_images_for_ocr_cross_the_process_boundary()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);
        var limits = ReadingLimits.From(new BatchEngineOptions());
        var reader = new IsolatedPdfReader(pool, limits);
        var inProcess = new PdfDocumentReader(limits);

        foreach (var file in new[] { "real/pdfjs_prefilled_f1040.pdf", "real/pdfminer_175.pdf" })
        {
            var content = Corpus.Bytes(file);
            var isolated = await reader.ReadAsync(new MemoryStream(content), CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard);
            var local = inProcess.Read(content, CancellationToken.None);

            Assert.Equal(local.Pages.Select(p => p.Text), isolated.Pages.Select(p => p.Text));
            Assert.Equal(local.Pages.SelectMany(p => p.Segments), isolated.Pages.SelectMany(p => p.Segments));
            Assert.Equal(local.Images.Select(i => (i.Page, i.Number, i.Width, i.Height, i.IsPage)), isolated.Images.Select(i => (i.Page, i.Number, i.Width, i.Height, i.IsPage)));
            Assert.Equal(local.Images.Select(i => i.Content.ToArray()), isolated.Images.Select(i => i.Content.ToArray()));
        }
    }

    [Fact]
    public async Task An_image_drawn_on_many_pages_is_encoded_once_and_crosses_the_process_boundary_once()
    {
        var logo = OcrTestKit.Render(OcrTestKit.PdfOf("Northwind Aerospace quarterly parts ledger"), dpi: 60);
        var other = OcrTestKit.Render(OcrTestKit.PdfOf("Southgate turbine blade inspection"), dpi: 60);
        var content = OcrTestKit.PdfWithImages(logo, logo, other, logo);
        await using var pool = IsolationTestKit.Pool(size: 1);
        var limits = ReadingLimits.From(new BatchEngineOptions());

        var local = new PdfDocumentReader(limits).Read(content, CancellationToken.None);
        var isolated = await new IsolatedPdfReader(pool, limits).ReadAsync(new MemoryStream(content), CancellationToken.None).AsTask().WaitAsync(IsolationTestKit.ReadGuard);

        foreach (var document in new[] { local, isolated })
        {
            var arrays = document.Images.Select(i => MemoryMarshal.TryGetArray(i.Content, out var segment) ? segment.Array : null).ToList();
            Assert.Equal(4, arrays.Count);
            Assert.Same(arrays[0], arrays[1]);
            Assert.Same(arrays[0], arrays[3]);
            Assert.NotSame(arrays[0], arrays[2]);
        }

        Assert.Equal(local.Images.Select(i => i.Content.ToArray()), isolated.Images.Select(i => i.Content.ToArray()));
        Assert.Equal([1, 2, 3, 4], isolated.Images.Select(i => i.Page));
    }
}
