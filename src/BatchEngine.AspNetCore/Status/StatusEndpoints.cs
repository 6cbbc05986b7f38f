using BatchEngine.AspNetCore.Jobs;
using BatchEngine.AspNetCore.Ownership;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BatchEngine.AspNetCore.Status;

/// <summary>
/// <c>GET /status/{job_id}</c>: the job and its documents in upload order. <c>?offset=&amp;limit=</c> page the
/// documents (a 10,000-document job need not be sent whole on every poll); without them every document is listed,
/// as docs/http.md shows.
/// </summary>
internal static class StatusEndpoints
{
    public static async Task<IResult> GetStatusAsync(
        [FromRoute(Name = "job_id")] string jobId,
        string? offset,
        string? limit,
        HttpContext context,
        IBatchEngine engine,
        CancellationToken cancellationToken)
    {
        if (!PagingQuery.TryParse(limit, offset, int.MaxValue, int.MaxValue, out var parsedLimit, out var parsedOffset, out var error))
        {
            return BatchProblems.BadRequest(error!);
        }

        if (await FindVisibleJobAsync(jobId, context, engine, cancellationToken).ConfigureAwait(false) is not { } snapshot)
        {
            return BatchProblems.JobNotFound();
        }

        return TypedResults.Json(JobStatusResponse.From(snapshot, parsedOffset, parsedLimit), BatchHttpJsonContext.Default.JobStatusResponse);
    }

    /// <summary>The job when its id is well formed, it exists and the caller may see it; otherwise null (answered 404).</summary>
    public static async Task<JobSnapshot?> FindVisibleJobAsync(string jobId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsWellFormed(jobId) || await engine.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false) is not { } snapshot)
        {
            return null;
        }

        var caller = await JobCaller.ResolveAsync(context).ConfigureAwait(false);
        return caller.CanSee(snapshot.Job) ? snapshot : null;
    }
}
