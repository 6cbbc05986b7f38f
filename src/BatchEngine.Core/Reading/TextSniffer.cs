using System.Buffers;
using System.Text;

namespace BatchEngine.Reading;

/// <summary>
/// Recognises plain text from its first bytes: a Unicode byte order mark, or valid UTF-8 without NUL or
/// other binary control bytes (so images, archives and executables are never taken for text).
/// </summary>
internal static class TextSniffer
{
    public static bool IsText(ReadOnlySpan<byte> header) =>
        TextEncodingDetector.Detect(header).Encoding is not null || IsBomlessUtf8Text(header);

    private static bool IsBomlessUtf8Text(ReadOnlySpan<byte> header)
    {
        if (header.IsEmpty)
        {
            return false;
        }

        var rest = header;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == OperationStatus.NeedMoreData)
            {
                // The header may end inside a character: only that last, incomplete sequence is forgiven.
                return true;
            }

            if (status != OperationStatus.Done || IsBinaryControl(rune))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }

    // Tab, line feed, form feed and carriage return are text; every other C0 control and DEL mark binary data.
    private static bool IsBinaryControl(Rune rune) =>
        (rune.Value < 0x20 && rune.Value is not (0x09 or 0x0A or 0x0C or 0x0D)) || rune.Value == 0x7F;
}
