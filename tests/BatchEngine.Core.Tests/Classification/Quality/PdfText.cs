using BatchEngine.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// Test-side PDF text extraction with PdfPig (text per page in reading order, page and image counts), standing
/// in for the engine's PDF reader, which lives on another branch.
/// </summary>
internal static class PdfText
{
    public static ExtractedDocument Extract(byte[] pdf)
    {
        using PdfDocument document = PdfDocument.Open(pdf);
        var pages = new List<PageText>();
        int images = 0;
        foreach (var page in document.GetPages())
        {
            pages.Add(new PageText(page.Number, ContentOrderTextExtractor.GetText(page)));
            images += page.GetImages().Count();
        }

        return new ExtractedDocument { Pages = pages, PageCount = document.NumberOfPages, ImageCount = images, MediaType = "application/pdf" };
    }
}
