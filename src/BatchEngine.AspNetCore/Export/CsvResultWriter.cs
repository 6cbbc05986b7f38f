using BatchEngine.Serialization;
using System.Text;
using BatchEngine.AspNetCore.Documents;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Export;

/// <summary>Writes result rows as CSV (UTF-8, CRLF line ends, a header row), row by row to the response.</summary>
internal static class CsvResultWriter
{
    public const string Header = "doc_id,filename,status,final_category,confidence,secondary_tags,requires_review,reviewed_label,error";

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ResultRow> rows, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await using var disposeWriter = writer.ConfigureAwait(false);
        await writer.WriteAsync(Header + "\r\n").ConfigureAwait(false);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(Line(row) + "\r\n").ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string Line(ResultRow row) => string.Join(',',
        CsvField.Text(row.DocId),
        CsvField.Text(row.FileName),
        CsvField.Text(StatusText(row.Status)),
        CsvField.Text(row.FinalCategory is { } category ? WireWords.Of(category) : null),
        CsvField.Number(row.Confidence),
        CsvField.List(row.SecondaryTags),
        CsvField.Boolean(row.RequiresReview),
        CsvField.Text(row.ReviewedLabel is { } label ? WireWords.Of(label) : null),
        CsvField.Text(row.Error));

    private static string StatusText(DocumentStatus status) => status.ToString().ToLowerInvariant();
}
