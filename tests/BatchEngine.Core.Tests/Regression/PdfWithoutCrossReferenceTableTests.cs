using System.Text;
using BatchEngine.Reading;
using BatchEngine.Tests.Reading;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 17: a PDF made of objects and a trailer but no cross-reference table and no startxref
/// failed with "Could not find an xref trailer" (PdfPig then needs /Size); poppler and pdf.js read it by
/// scanning for objects. The reader now rebuilds the table the same way.
/// </summary>
public sealed class PdfWithoutCrossReferenceTableTests
{
    [Fact]
    public async Task A_pdf_with_objects_and_a_trailer_but_no_xref_or_startxref_is_read()
    {
        var document = await ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(ReaderTestKit.DefaultLimits), WithoutTable(withTrailer: true));

        Assert.Equal(1, document.PageCount);
        Assert.Contains("Hello from a PDF without an xref table", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_even_a_trailer_the_catalog_is_found_by_its_type()
    {
        var document = await ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(ReaderTestKit.DefaultLimits), WithoutTable(withTrailer: false));

        Assert.Contains("Hello from a PDF without an xref table", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trailer_without_size_is_repaired_too()
    {
        // qpdf's bad9.pdf: its trailer spells /Size as /Siqe (MANIFEST: poppler reads it, 1 page).
        var document = await ReaderTestKit.ReadWithTimeoutAsync(new PdfDocumentReader(ReaderTestKit.DefaultLimits), Corpus.Bytes("broken/qpdf_bad9.pdf"));

        Assert.Equal(1, document.PageCount);
    }

    private static byte[] WithoutTable(bool withTrailer)
    {
        const string content = "BT /F1 12 Tf 72 720 Td (Hello from a PDF without an xref table) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        for (var index = 0; index < objects.Length; index++)
        {
            pdf.Append(index + 1).Append(" 0 obj\n").Append(objects[index]).Append("\nendobj\n");
        }

        if (withTrailer)
        {
            pdf.Append("trailer\n<< /Root 1 0 R >>\n");
        }

        pdf.Append("%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
