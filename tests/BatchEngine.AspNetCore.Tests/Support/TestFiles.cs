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

    /// <summary>The first bytes of a JFIF JPEG: what a photo renamed to .pdf starts with.</summary>
    public static byte[] Jpeg()
    {
        var bytes = new byte[2048];
        byte[] header = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i * 131) ^ 0x9C);
        }

        return bytes;
    }

    public static byte[] Empty() => [];
}
