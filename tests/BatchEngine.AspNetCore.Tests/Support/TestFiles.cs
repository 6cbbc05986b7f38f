using System.Text;

namespace BatchEngine.Tests.Support;

/// <summary>Small real inputs: corpus PDFs, plain text, a JPEG header, nothing at all.</summary>
internal static class TestFiles
{
    /// <summary>A small text-bearing PDF from the corpus (the Bitcoin whitepaper's first page).</summary>
    public static byte[] Pdf() => System.IO.File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_issue13201.pdf"));

    /// <summary>Another small PDF from the corpus (a lorem-ipsum page).</summary>
    public static byte[] OtherPdf() => System.IO.File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_issue13447.pdf"));

    public static byte[] Text(string text = "Quarterly notes. Nothing sensitive here.") => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// A Linux executable (ELF header, then binary bytes): a type no reader takes. (A JPEG no longer serves:
    /// images are documents, read by OCR.)
    /// </summary>
    public static byte[] Executable()
    {
        var bytes = new byte[2048];
        byte[] header = [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3E, 0x00];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 131) ^ 0x9C);
        }

        return bytes;
    }

    public static byte[] Empty() => [];
}
