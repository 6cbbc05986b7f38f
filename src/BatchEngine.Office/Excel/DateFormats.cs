using DocumentFormat.OpenXml.Spreadsheet;

namespace BatchEngine.Office.Excel;

/// <summary>Which cell styles show numbers as dates: the built-in date formats and custom formats made of day, month and year codes.</summary>
internal static class DateFormats
{
    // ECMA-376 part 1, 18.8.30: the built-in number formats that are dates.
    private static readonly HashSet<uint> BuiltIn = [14, 15, 16, 17, 22, 27, 30, 36, 50, 57];

    public static HashSet<uint> StyleIndexes(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (BuiltIn.Contains(id) || custom.Contains(id)))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    // A format with a day or year code outside quotes and brackets ("dd/mm/yyyy", "d-mmm-yy"); "mm:ss" alone is a time.
    private static bool IsDateCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            (quoted, bracket) = c switch
            {
                '"' => (!quoted, bracket),
                '[' when !quoted => (quoted, true),
                ']' when !quoted => (quoted, false),
                _ => (quoted, bracket),
            };
            if (!quoted && !bracket && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }
}
