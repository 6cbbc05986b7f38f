using BatchEngine.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BatchEngine.Isolation.Child;

/// <summary>
/// Reads a small generated PDF before the child says it is ready, so that compiling the reader's code is
/// paid at start-up and not inside the first document's timeout.
/// </summary>
internal static class ExtractionProcessWarmUp
{
    public static void Run()
    {
        try
        {
            new PdfDocumentReader(new ReadingLimits(MaxPages: 10, MaxCharacters: 10_000)).Read(SamplePdf(), CancellationToken.None);
        }
        catch (DocumentReadException)
        {
            // Only a warm-up: a real document will say what is wrong.
        }
    }

    private static byte[] SamplePdf()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Warm-up page: reading order, words and lines.", 12, new PdfPoint(72, 720), font);
        page.AddText("A second line of text.", 12, new PdfPoint(72, 700), font);
        return builder.Build();
    }
}
