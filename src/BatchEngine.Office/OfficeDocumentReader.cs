using BatchEngine.Office.Excel;
using BatchEngine.Office.Package;
using BatchEngine.Office.PowerPoint;
using BatchEngine.Office.Word;
using BatchEngine.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace BatchEngine.Office;

/// <summary>
/// Reads Word, Excel and PowerPoint files (DOCX, XLSX, PPTX and their templates), recognised from their bytes:
/// a ZIP of package parts, its kind named by <c>[Content_Types].xml</c>. The package is checked against
/// <see cref="OfficeReaderOptions"/> before the Open XML SDK parses it. Encrypted files (an OLE compound
/// file around the package), legacy binary files and macro-enabled files fail with a clear error.
/// </summary>
internal sealed class OfficeDocumentReader(IOptions<BatchEngineOptions> engine, IOptions<OfficeReaderOptions> office) : IDocumentReader
{
    public const string OfficeMediaType = "application/vnd.openxmlformats-officedocument";

    public string MediaType => OfficeMediaType;

    public bool CanRead(ReadOnlySpan<byte> header) => OfficeSniffer.IsOfficeZip(header) || OfficeSniffer.IsOle(header);

    public async ValueTask<ExtractedDocument> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        if (OfficeSniffer.IsOle(bytes))
        {
            throw new DocumentReadException(
                "The file is an OLE compound document: a password-protected (encrypted) Office file or a legacy .doc, .xls or .ppt file, which are not read.");
        }

        var kind = OfficePackage.Inspect(bytes, office.Value);
        cancellationToken.ThrowIfCancellationRequested();
        var pages = new OfficePages(engine.Value);
        var images = new DocumentImageCollector(engine.Value.Ocr);
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = office.Value.MaxPartBytes };
        var mediaType = Open(bytes, kind, settings, pages, images);
        return new ExtractedDocument
        {
            MediaType = mediaType,
            Pages = pages.Pages,
            PageCount = pages.Count,
            ImageCount = images.Images.Count,
            Truncated = pages.Truncated,
            Images = images.Images,
            ReviewReasons = images.ReviewReasons,
        };
    }

    private static string Open(byte[] bytes, OfficeKind kind, OpenSettings settings, OfficePages pages, DocumentImageCollector images)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        try
        {
            switch (kind)
            {
                case OfficeKind.Word:
                    using (var document = WordprocessingDocument.Open(stream, false, settings))
                    {
                        new WordReader(pages, images).Read(document);
                    }

                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case OfficeKind.Excel:
                    using (var document = SpreadsheetDocument.Open(stream, false, settings))
                    {
                        new ExcelReader(pages, images).Read(document);
                    }

                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case OfficeKind.PowerPoint:
                    using (var document = PresentationDocument.Open(stream, false, settings))
                    {
                        new PowerPointReader(pages, images).Read(document);
                    }

                    return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                default:
                    throw new DocumentReadException("The ZIP file is not a Word, Excel or PowerPoint document: no main part of a known kind is listed in [Content_Types].xml.");
            }
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or IOException)
        {
            throw new DocumentReadException($"The Office file is damaged: {Shorten(error.Message)}", error);
        }
    }

    private static string Shorten(string message) => message.Length <= 200 ? message : message[..200] + "...";
}
