using System.Globalization;

namespace BatchEngine.AspNetCore.Export;

/// <summary>
/// One CSV field, quoted as RFC 4180 says. A value that a spreadsheet would run as a formula (it starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) gets a leading apostrophe: file names come from users.
/// A field holding a <c>;</c> is quoted too, since spreadsheets in many locales split on it, and every piece after a
/// <c>;</c> is neutralised like a field start (a reader that ignores the quotes makes each piece a cell); the
/// joined tags are such a list.
/// </summary>
internal static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] NeedsQuotes = [',', ';', '"', '\r', '\n'];

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        value = Neutralised(value);
        return value.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>Items joined with <c>;</c> into one field, each neutralised.</summary>
    public static string List(IEnumerable<string> items) => Text(string.Join(';', items));

    private static string Neutralised(string value) =>
        value.Contains(';', StringComparison.Ordinal) ? string.Join(';', value.Split(';').Select(NeutralisedPiece)) : NeutralisedPiece(value);

    private static string NeutralisedPiece(string piece) => piece.Length > 0 && piece.IndexOfAny(FormulaStarts, 0, 1) == 0 ? "'" + piece : piece;

    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Boolean(bool? value) => value switch { true => "true", false => "false", null => string.Empty };
}
