using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BatchEngine.AspNetCore.Events;

/// <summary>
/// <c>GET /status/{job_id}/events</c>: server-sent events, one <c>status</c> event per progress change whose
/// data is the <c>/status</c> body; the stream ends after the event in which the job is terminal.
/// </summary>
internal static class JobEventsEndpoint
{
    public const string EventType = "status";

    public static async Task<IResult> HandleAsync([FromRoute(Name = "job_id")] string jobId, IBatchEngine engine, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsWellFormed(jobId) || await engine.GetJobAsync(jobId, cancellationToken) is null)
        {
            return BatchProblems.JobNotFound();
        }

        return TypedResults.ServerSentEvents(EventsAsync(engine, jobId, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(
        IBatchEngine engine,
        string jobId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sequence = 0;
        await foreach (var snapshot in engine.WatchJobAsync(jobId, cancellationToken))
        {
            var data = JsonSerializer.Serialize(JobStatusResponse.From(snapshot), BatchHttpJsonContext.Default.JobStatusResponse);
            yield return new SseItem<string>(data, EventType) { EventId = (++sequence).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}
