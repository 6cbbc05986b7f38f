using BatchEngine.Isolation;
using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;

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
}
