using BatchEngine.Serialization;
using BatchEngine.AspNetCore.Logging;
using BatchEngine.AspNetCore.Ownership;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Batches;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore.Jobs;

/// <summary><c>GET /jobs</c>, <c>POST /jobs/{job_id}/cancel</c> and <c>DELETE /jobs/{job_id}</c>; each caller sees and acts on its own jobs only.</summary>
internal static class JobEndpoints
{
    public static async Task<IResult> ListAsync(
        string? status,
        string? limit,
        string? offset,
        HttpContext context,
        IBatchEngine engine,
        IOptions<BatchEndpointOptions> options,
        CancellationToken cancellationToken)
    {
        if (JobListQuery.TryParse(status, limit, offset, options.Value.MaxJobsPerPage, out var error) is not { } query)
        {
            return BatchProblems.BadRequest(error!);
        }

        var caller = await JobCaller.ResolveAsync(context).ConfigureAwait(false);
        var page = await engine.ListJobsAsync(caller.Scope(query), cancellationToken).ConfigureAwait(false);
        return TypedResults.Json(
            new JobListResponse { Total = page.Total, Jobs = page.Jobs.Select(JobSummaryResponse.From).ToArray() },
            BatchHttpJsonContext.Default.JobListResponse);
    }

    public static async Task<IResult> CancelAsync(
        [FromRoute(Name = "job_id")] string jobId, HttpContext context, IBatchEngine engine, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await StatusEndpoints.FindVisibleJobAsync(jobId, context, engine, cancellationToken).ConfigureAwait(false) is null)
        {
            return BatchProblems.JobNotFound();
        }

        if (!await engine.CancelJobAsync(jobId, cancellationToken).ConfigureAwait(false))
        {
            // Known a moment ago: it finished (or was deleted) in between.
            return await engine.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false) is { } finished
                ? BatchProblems.Conflict($"Job already finished with status '{WireWords.Of(finished.Job.Status)}'.")
                : BatchProblems.JobNotFound();
        }

        BatchHttpLog.JobCancelled(loggers.CreateLogger(BatchHttpLog.Category), jobId);
        return await engine.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false) is { } cancelled
            ? TypedResults.Json(JobStatusResponse.From(cancelled), BatchHttpJsonContext.Default.JobStatusResponse)
            : BatchProblems.JobNotFound();
    }

    public static async Task<IResult> DeleteAsync([FromRoute(Name = "job_id")] string jobId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken) =>
        await StatusEndpoints.FindVisibleJobAsync(jobId, context, engine, cancellationToken).ConfigureAwait(false) is not null
        && await engine.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : BatchProblems.JobNotFound();
}
