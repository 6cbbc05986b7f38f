using System.Runtime.CompilerServices;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BatchEngine.AspNetCore.Export;

/// <summary><c>GET /jobs/{job_id}/results?format=json|csv</c>: one row per document, in upload order.</summary>
internal static class ResultsEndpoint
{
    public static async Task<IResult> HandleAsync(
        [FromRoute(Name = "job_id")] string jobId, string? format, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return BatchProblems.BadRequest($"Unknown format '{format}'. Use json or csv.");
        }

        if (await StatusEndpoints.FindVisibleJobAsync(jobId, context, engine, cancellationToken).ConfigureAwait(false) is not { } snapshot)
        {
            return BatchProblems.JobNotFound();
        }

        var documents = snapshot.Documents.OrderBy(d => d.Index).ToArray();
        if (csv)
        {
            return TypedResults.Stream(
                output => CsvResultWriter.WriteAsync(output, RowsAsync(engine, documents, cancellationToken), cancellationToken),
                contentType: "text/csv; charset=utf-8",
                fileDownloadName: $"job-{snapshot.Job.JobId}.csv");
        }

        var rows = new List<ResultRow>(documents.Length);
        await foreach (var row in RowsAsync(engine, documents, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return TypedResults.Json(
            new JobResultsResponse { JobId = snapshot.Job.JobId, Status = snapshot.Job.Status, TotalFiles = snapshot.Job.TotalFiles, Results = rows },
            BatchHttpJsonContext.Default.JobResultsResponse);
    }

    /// <summary>Rows in upload order; a completed document whose snapshot came without its classification is read on its own.</summary>
    private static async IAsyncEnumerable<ResultRow> RowsAsync(
        IBatchEngine engine,
        IReadOnlyList<DocumentRecord> documents,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            var full = document.Status == DocumentStatus.Completed && document.Classification is null
                ? await engine.GetDocumentAsync(document.DocId, cancellationToken).ConfigureAwait(false) ?? document
                : document;
            yield return ResultRow.From(full);
        }
    }
}
