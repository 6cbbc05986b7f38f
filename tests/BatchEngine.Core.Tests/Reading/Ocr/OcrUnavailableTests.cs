using BatchEngine.Classification;
using BatchEngine.Batches;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>Without Tesseract the engine still starts and classifies; documents that needed OCR say why they need review.</summary>
[Collection(TesseractProcesses.Name)]
public sealed class OcrUnavailableTests
{
    [Fact]
    public async Task A_missing_tesseract_is_reported_and_documents_that_needed_ocr_are_flagged_with_the_reason()
    {
        await using var kit = new OcrTestKit(o => o.Ocr.TesseractPath = "/nonexistent/tesseract");
        var availability = await kit.Status.GetAvailabilityAsync(CancellationToken.None);
        Assert.False(availability.IsAvailable);
        Assert.Equal("Tesseract was not found at /nonexistent/tesseract (install tesseract-ocr, or set BatchEngine:Ocr:TesseractPath).", availability.Reason);

        var engine = kit.Services.GetRequiredService<IBatchEngine>();
        var result = await engine.ClassifyAsync(new IncomingDocument("scan.pdf", new MemoryStream(Corpus.Bytes("real/pdfminer_175.pdf"))));

        Assert.True(result.RequiresReview);
        Assert.Contains("2 image(s) needed OCR, which is unavailable: Tesseract was not found at /nonexistent/tesseract", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_with_a_text_layer_is_still_classified_on_it_when_ocr_is_off()
    {
        await using var kit = new OcrTestKit(o => o.Ocr.Enabled = false);
        var engine = kit.Services.GetRequiredService<IBatchEngine>();
        var picture = OcrTestKit.Render(OcrTestKit.PdfOf("A picture with words"), dpi: 100);
        var text = OcrTestKit.PdfOf("Internal use only. SSN 536-22-8741 belongs to the applicant.");

        var withoutImage = await engine.ClassifyAsync(new IncomingDocument("a.pdf", new MemoryStream(text)));
        var image = await engine.ClassifyAsync(new IncomingDocument("b.png", new MemoryStream(picture)));

        Assert.Equal(SensitivityCategory.HighlySensitive, withoutImage.FinalCategory);
        Assert.DoesNotContain("OCR", withoutImage.Explanation, StringComparison.Ordinal);
        Assert.True(image.RequiresReview);
        Assert.Contains("OCR is turned off (BatchEngine:Ocr:Enabled is false).", image.Explanation, StringComparison.Ordinal);
    }
}
