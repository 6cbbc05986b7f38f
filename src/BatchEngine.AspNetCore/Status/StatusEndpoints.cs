using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BatchEngine.AspNetCore.Status;

/// <summary><c>GET /status/{job_id}</c>: the job and its documents in upload order.</summary>
internal static class StatusEndpoints
{
    public static async Task<IResult> GetStatusAsync([FromRoute(Name = "job_id")] string jobId, IBatchEngine engine, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsWellFormed(jobId) || await engine.GetJobAsync(jobId, cancellationToken) is not { } snapshot)
        {
            return BatchProblems.JobNotFound();
        }

        return TypedResults.Json(JobStatusResponse.From(snapshot), BatchHttpJsonContext.Default.JobStatusResponse);
    }
}
