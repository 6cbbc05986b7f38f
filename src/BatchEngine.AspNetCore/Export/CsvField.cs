using System.Globalization;

namespace BatchEngine.AspNetCore.Export;

/// <summary>
/// One CSV field, quoted as RFC 4180 says. A value that a spreadsheet would run as a formula (it starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a leading apostrophe: file names come from users.
/// </summary>
internal static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.IndexOfAny(FormulaStarts, 0, 1) == 0)
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Boolean(bool? value) => value switch { true => "true", false => "false", null => string.Empty };
}
