using System.Text;

namespace BatchEngine.Reading;

/// <summary>Finds a text's encoding from its byte order mark. Every encoding returned throws on invalid bytes.</summary>
internal static class TextEncodingDetector
{
    /// <summary>UTF-8 without BOM, throwing on invalid bytes.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The encoding the BOM names (null without a BOM) and the BOM's length.</summary>
    public static (Encoding? Encoding, int BomLength) Detect(ReadOnlySpan<byte> header) => header switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
        _ => (null, 0),
    };
}
