using System.Globalization;
using System.Text;
using BatchEngine.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BatchEngine.Office.Excel;

/// <summary>
/// Reads a workbook one sheet a page, in the workbook's order (hidden sheets too: sensitive data hides
/// there): the sheet's name, then its rows, cells separated by tabs. Cells give their shown value: shared
/// and inline strings, numbers, booleans, a formula's cached result, and dates as yyyy-MM-dd where the
/// cell's format is a date format. Cell comments follow the rows; images drawn on the sheet go to OCR.
/// Sheets are read as a stream of elements, so a large sheet is never held as a tree.
/// </summary>
internal sealed class ExcelReader(OfficePages pages, DocumentImageCollector images)
{
    public void Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new DocumentReadException("The Excel workbook has no workbook part.");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var dates = DateFormats.StyleIndexes(workbook.WorkbookStylesPart?.Stylesheet);
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        foreach (var sheet in sheets)
        {
            if (pages.Full)
            {
                pages.Skip(1);
                continue;
            }

            var page = new PageTextBuilder().Append(sheet.Name?.Value, TextOrigin.TextLayer);
            if (sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                page.Append(Rows(worksheet, strings, dates), TextOrigin.TextLayer);
                foreach (var comment in worksheet.WorksheetCommentsPart?.Comments?.CommentList?.Elements<Comment>() ?? [])
                {
                    page.Append(comment.CommentText?.InnerText, new TextOrigin(TextOriginKind.Comment));
                }

                var number = 0;
                foreach (var image in worksheet.DrawingsPart?.ImageParts ?? [])
                {
                    images.Add(pages.Count + 1, ++number, OfficeImages.Bytes(image));
                }
            }

            pages.Add(page);
        }
    }

    private string Rows(WorksheetPart worksheet, string[] strings, HashSet<uint> dates)
    {
        var text = new StringBuilder();
        using var reader = OpenXmlReader.Create(worksheet);
        var firstInRow = true;
        while (reader.Read() && text.Length < pages.Room)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                firstInRow = true;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && reader.LoadCurrentElement() is Cell cell
                && Value(cell, strings, dates) is { Length: > 0 } value)
            {
                text.Append(firstInRow ? string.Empty : "\t").Append(value);
                firstInRow = false;
            }
        }

        return text.ToString();
    }

    private static string? Value(Cell cell, string[] strings, HashSet<uint> dates)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error)
        {
            return null;
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dates.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }
}
