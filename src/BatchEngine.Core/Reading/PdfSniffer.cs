namespace BatchEngine.Reading;

/// <summary>Recognises a PDF from its first bytes, as PDF readers do: <c>%PDF-</c> anywhere in the first 1 KiB.</summary>
internal static class PdfSniffer
{
    /// <summary>How far into the content the header may start (leading junk is allowed by the PDF spec's readers).</summary>
    public const int HeaderWindow = 1024;

    public static bool IsPdf(ReadOnlySpan<byte> header)
    {
        var window = header.Length > HeaderWindow ? header[..HeaderWindow] : header;
        return window.IndexOf("%PDF-"u8) >= 0;
    }
}
