using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BatchEngine.Office.Tests.Generated;

/// <summary>Word and Excel files written with the Open XML SDK, holding every feature the readers claim.</summary>
internal static class GeneratedDocuments
{
    public static byte[] Word(byte[]? picture = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("Acme Corp - internal"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Para("Page footer text"));
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(new Footnote(Para("Source: the 2023 staff survey.")) { Id = 1 });
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new W.Comment(Para("Please clarify the budget figure.")) { Id = "0", Author = "Reviewer" });

            var body = new Body(
                Para("Quarterly plan"),
                new Paragraph(
                    new Run(new W.Text("The budget is ") { Space = SpaceProcessingModeValues.Preserve }),
                    new InsertedRun(new Run(new W.Text("twelve million"))) { Id = "1", Author = "Editor" },
                    new DeletedRun(new Run(new DeletedText("ten million"))) { Id = "2", Author = "Editor" },
                    new Run(new W.Text(" dollars.") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FootnoteReference { Id = 1 }),
                    new Run(new CommentReference { Id = "0" })),
                new Table(
                    new TableRow(Cell("Name"), Cell("Role")),
                    new TableRow(Cell("Ada"), Cell("Engineer"))),
                new Paragraph(new Run(new W.Break { Type = BreakValues.Page })),
                Para("Second page text."));
            if (picture is not null)
            {
                body.Append(PictureParagraph(main, picture));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static byte[] Excel()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable(new S.SharedStringItem(new S.Text("Employee")), new S.SharedStringItem(new S.Text("Born")));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new S.Stylesheet(
                new S.Fonts(new S.Font()), new S.Fills(new S.Fill()), new S.Borders(new S.Border()),
                new S.CellFormats(new S.CellFormat(), new S.CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData(
                new S.Row(SharedString(0), SharedString(1)),
                new S.Row(
                    new S.Cell { DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text("Grace Hopper")) },
                    new S.Cell { StyleIndex = 1, CellValue = new S.CellValue("2535") }),
                new S.Row(new S.Cell { CellValue = new S.CellValue("42.5") }, new S.Cell { DataType = S.CellValues.Boolean, CellValue = new S.CellValue("1") })));
            var hidden = workbook.AddNewPart<WorksheetPart>();
            hidden.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(new S.Cell { DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text("hidden salary 90000")) })));
            workbook.Workbook.AppendChild(new S.Sheets(
                new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Staff" },
                new S.Sheet { Id = workbook.GetIdOfPart(hidden), SheetId = 2, Name = "Pay", State = S.SheetStateValues.Hidden }));
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new W.Text(text)));

    private static TableCell Cell(string text) => new(Para(text));

    private static S.Cell SharedString(int index) => new() { DataType = S.CellValues.SharedString, CellValue = new S.CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    private static Paragraph PictureParagraph(MainDocumentPart main, byte[] png)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            image.FeedData(data);
        }

        var blip = new DocumentFormat.OpenXml.Drawing.Blip { Embed = main.GetIdOfPart(image) };
        var picture = new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
            new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 1, Name = "scan.png" },
                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
            new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(blip, new DocumentFormat.OpenXml.Drawing.Stretch(new DocumentFormat.OpenXml.Drawing.FillRectangle())),
            new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties());
        var graphic = new DocumentFormat.OpenXml.Drawing.Graphic(
            new DocumentFormat.OpenXml.Drawing.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = 5_000_000, Cy = 3_000_000 },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1, Name = "scan" },
            graphic);
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
