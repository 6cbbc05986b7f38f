using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Batches;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BatchEngine.AspNetCore.Events;

/// <summary>
/// <c>GET /status/{job_id}/events</c>: server-sent events, one <c>status</c> event per progress change whose
/// data is the <c>/status</c> body; the stream ends after the event in which the job is terminal. Only the
/// documents that changed since the last event are serialised again (<see cref="StatusEventWriter"/>).
/// </summary>
internal static class JobEventsEndpoint
{
    public const string EventType = "status";

    public static async Task<IResult> HandleAsync([FromRoute(Name = "job_id")] string jobId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken)
    {
        if (await StatusEndpoints.FindVisibleJobAsync(jobId, context, engine, cancellationToken).ConfigureAwait(false) is null)
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
        var writer = new StatusEventWriter();
        await foreach (var snapshot in engine.WatchJobAsync(jobId, cancellationToken).ConfigureAwait(false))
        {
            var data = writer.Write(snapshot);
            yield return new SseItem<string>(data, EventType) { EventId = (++sequence).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}
