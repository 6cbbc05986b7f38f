using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading;

/// <summary>The type is sniffed from the first bytes, never from the file name.</summary>
public sealed class SniffingTests
{
    public static TheoryData<string, byte[]> BinaryHeaders() => new()
    {
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48] },
        { "PNG", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8] },
        { "ZIP", [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, .. "word/document.xml"u8] },
        { "GIF", [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00] },
        { "ELF", [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00] },
        { "ASCII with a NUL", [.. "looks like text"u8, 0x00, .. "but is not"u8] },
        { "Latin-1 (not UTF-8)", Encoding.Latin1.GetBytes("Café crème") },
        { "Empty", [] },
    };

    [Theory]
    [MemberData(nameof(BinaryHeaders))]
    public void No_reader_accepts_binary_content(string kind, byte[] header)
    {
        var reader = ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), header);

        Assert.True(reader is null, $"{kind} was taken by {reader?.GetType().Name}");
    }

    [Fact]
    public void A_real_jpeg_named_pdf_gets_no_reader()
    {
        // The corpus has JPEG scans inside PDFs; take the JPEG bytes out of one to get a real JPEG file.
        var jpeg = RealJpegBytes();

        Assert.Null(ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), jpeg));
    }

    [Fact]
    public void A_pdf_header_after_leading_junk_within_1_KiB_is_a_pdf()
    {
        byte[] header = [.. Encoding.ASCII.GetBytes(new string('#', 900)), .. "%PDF-1.7\n"u8];

        Assert.IsType<PdfDocumentReader>(ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), header));
    }

    [Fact]
    public void A_pdf_header_beyond_1_KiB_is_not_a_pdf()
    {
        byte[] header = [0x00, .. new byte[1100], .. "%PDF-1.7\n"u8];

        Assert.Null(ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), header));
    }

    [Fact]
    public void Pdf_is_asked_before_text()
    {
        // A PDF's header is often plain ASCII: registration order decides, and PDF comes first.
        Assert.IsType<PdfDocumentReader>(ReaderTestKit.Pick(ReaderTestKit.DefaultReaders(), "%PDF-1.4\n%comment\n"u8.ToArray()));
    }

    [Fact]
    public void A_header_cut_inside_a_multibyte_character_is_still_text()
    {
        var bytes = Encoding.UTF8.GetBytes("abc€");
        Assert.True(TextSniffer.IsText(bytes.AsSpan(0, bytes.Length - 1)));
    }

    private static byte[] RealJpegBytes()
    {
        var pdf = Corpus.Bytes("real/pdfjs_issue13931.pdf");
        var start = pdf.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
        Assert.True(start > 0, "the scan's JPEG stream was found");
        return pdf[start..Math.Min(pdf.Length, start + 4096)];
    }
}
