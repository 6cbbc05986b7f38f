using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BatchEngine.Cli.Classify;

/// <summary>Writes <c>--out results.json</c> or <c>--out results.csv</c>.</summary>
internal static class ResultsFile
{
    public const string CsvHeader = "file,status,final_category,confidence,requires_review,secondary_tags,error";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>"json" or "csv" from the file's extension; null for anything else.</summary>
    public static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".csv" => "csv",
        _ => null,
    };

    public static async Task WriteAsync(string path, IReadOnlyList<FileOutcome> outcomes, RunSummary summary)
    {
        var rows = outcomes.Select(FileResult.From).ToArray();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (FormatOf(path) == "csv")
        {
            var text = new StringBuilder(CsvHeader).Append("\r\n");
            foreach (var row in rows)
            {
                text.AppendJoin(',',
                    Cell(row.File), Cell(row.Status), Cell(row.FinalCategory),
                    row.Confidence?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty,
                    row.RequiresReview switch { true => "true", false => "false", null => string.Empty },
                    Cell(string.Join(';', row.SecondaryTags)), Cell(row.Error)).Append("\r\n");
            }

            await File.WriteAllTextAsync(full, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }

        await using var stream = File.Create(full);
        await JsonSerializer.SerializeAsync(stream, new ResultsDocument(summary, rows), CliJsonContext.Default.ResultsDocument);
    }

    // RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe, since file
    // names and errors come from outside.
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = FormulaStarts.Contains(value[0]) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
