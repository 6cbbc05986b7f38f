namespace BatchEngine.Office.Package;

/// <summary>
/// Recognises Office files from their first bytes: a ZIP whose first entries are package parts
/// (<c>[Content_Types].xml</c>, <c>_rels/.rels</c>, <c>word/</c>, <c>xl/</c>, <c>ppt/</c>, <c>docProps/</c>), or
/// an OLE compound file (an encrypted Office file or a legacy binary one, which the reader refuses by name).
/// </summary>
internal static class OfficeSniffer
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsOle(ReadOnlySpan<byte> header) => header.StartsWith(OleSignature);

    public static bool IsOfficeZip(ReadOnlySpan<byte> header) =>
        header.StartsWith("PK\x03\x04"u8)
        && (header.IndexOf("[Content_Types].xml"u8) >= 0 || header.IndexOf("_rels/.rels"u8) >= 0 || header.IndexOf("word/"u8) >= 0
            || header.IndexOf("xl/"u8) >= 0 || header.IndexOf("ppt/"u8) >= 0 || header.IndexOf("docProps/"u8) >= 0);
}
