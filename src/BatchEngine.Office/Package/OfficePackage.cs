using System.IO.Compression;
using System.Xml;
using BatchEngine.Reading;

namespace BatchEngine.Office.Package;

/// <summary>
/// Opens an Office file's ZIP package and checks it before any parser does: the part count, each part's
/// declared uncompressed size, and the total (so a zip bomb fails cleanly; the ZIP reader never gives more
/// of a part than it declares, so a part cannot lie its way past the check); then names its kind
/// from <c>[Content_Types].xml</c> and refuses macro-enabled files.
/// </summary>
internal static class OfficePackage
{
    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>Checks the package and returns its kind; throws <see cref="DocumentReadException"/> with the reason otherwise.</summary>
    public static OfficeKind Inspect(byte[] bytes, OfficeReaderOptions limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            CheckSizes(zip, limits);
            var types = ContentTypes(zip);
            if (types.Any(IsMacro))
            {
                throw new DocumentReadException("The document is a macro-enabled Office file (.docm, .xlsm or .pptm, or one holding a VBA project); macro-enabled files are not read.");
            }

            return types.Select(KindOf).FirstOrDefault(k => k != OfficeKind.Unknown);
        }
        catch (InvalidDataException error)
        {
            throw new DocumentReadException($"The Office file is damaged or truncated: its ZIP package cannot be read ({Shorten(error.Message)}).", error);
        }
        catch (XmlException error)
        {
            throw new DocumentReadException($"The Office file is damaged: its {ContentTypesPart} is not valid XML.", error);
        }
    }

    private static void CheckSizes(ZipArchive zip, OfficeReaderOptions limits)
    {
        if (zip.Entries.Count > limits.MaxParts)
        {
            throw new DocumentReadException($"The Office file has {zip.Entries.Count} parts, over the limit of {limits.MaxParts} (BatchEngine:Office:MaxParts); it is taken for a zip bomb.");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > limits.MaxPartBytes || total > limits.MaxTotalBytes)
            {
                throw TooLarge(entry.Length > limits.MaxPartBytes ? entry.Length : total, entry.Length > limits.MaxPartBytes, limits);
            }
        }
    }

    private static DocumentReadException TooLarge(long bytes, bool onePart, OfficeReaderOptions limits) => onePart
        ? new($"A part of the Office file declares {bytes} uncompressed bytes, over the limit of {limits.MaxPartBytes} (BatchEngine:Office:MaxPartBytes); it is taken for a zip bomb.")
        : new($"The Office file's parts declare more than {limits.MaxTotalBytes} uncompressed bytes together (BatchEngine:Office:MaxTotalBytes); it is taken for a zip bomb.");

    private static List<string> ContentTypes(ZipArchive zip)
    {
        var entry = zip.GetEntry(ContentTypesPart)
            ?? throw new DocumentReadException($"The ZIP file is not an Office document: it has no {ContentTypesPart}.");
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var types = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { Length: > 0 } type)
            {
                types.Add(type);
            }
        }

        return types;
    }

    private static bool IsMacro(string contentType) =>
        contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
        || contentType.Equals("application/vnd.ms-office.vbaProject", StringComparison.OrdinalIgnoreCase);

    private static OfficeKind KindOf(string contentType) => contentType switch
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            or "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" => OfficeKind.Word,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
            or "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" => OfficeKind.Excel,
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
            or "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"
            or "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml" => OfficeKind.PowerPoint,
        _ => OfficeKind.Unknown,
    };

    private static string Shorten(string message) => message.Length <= 120 ? message : message[..120] + "...";
}
