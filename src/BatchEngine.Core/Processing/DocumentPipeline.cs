using System.Diagnostics;
using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.Processing;

/// <summary>
/// Takes one claimed document to a terminal state: start (10) -> read (30) -> detectors (60) -> classifier
/// (90) -> saved (100). Any exception, timeout or unreadable content fails the document with
/// "ExceptionType: message" at 0%; a cancelled job cancels it; an engine stop releases it back to pending.
/// Never throws for a document's sake, so the worker goes on with the next one.
/// </summary>
internal sealed class DocumentPipeline(
    IJobStore store,
    IDocumentContentStore content,
    IWorkQueue queue,
    DocumentAnalyzer analyzer,
    RunningDocuments running,
    JobChangeFeed changes,
    IOptions<BatchEngineOptions> options,
    TimeProvider time,
    ILogger<DocumentPipeline> logger)
{
    private readonly TimeSpan _timeout = options.Value.DocumentTimeout;

    /// <summary>
    /// Processes the item. <paramref name="abort"/> fires when the engine stops without waiting. Throws only
    /// when the job store itself fails (the worker pauses and goes on).
    /// </summary>
    public async Task ProcessAsync(WorkItem item, CancellationToken abort)
    {
        // Registered before the start, so a cancel or delete that lands just after the start still finds it.
        using var entry = running.Register(item.JobId, item.DocId);
        bool started;
        try
        {
            started = await store.TryStartDocumentAsync(item.DocId, CancellationToken.None);
        }
        catch
        {
            // The store is unreachable: give the document back so it is not lost, and let the worker pause.
            await queue.ReleaseAsync(item, CancellationToken.None);
            throw;
        }

        if (!started)
        {
            // Cancelled, deleted, or already finished elsewhere: nothing to do.
            await queue.AcknowledgeAsync(item, CancellationToken.None);
            return;
        }

        changes.Notify(item.JobId);
        var startedAt = time.GetTimestamp();
        using var activity = BatchEngineTelemetry.ActivitySource.StartActivity("ProcessDocument");
        activity?.SetTag("batchengine.job_id", item.JobId);
        activity?.SetTag("batchengine.doc_id", item.DocId);

        var outcome = await RunWithLimitsAsync(item, entry, abort);
        activity?.SetTag("batchengine.outcome", outcome.ToString());
        BatchEngineTelemetry.ProcessingDuration.Record(time.GetElapsedTime(startedAt).TotalSeconds);
        changes.Notify(item.JobId);

        if (outcome == DocumentOutcome.Released)
        {
            await queue.ReleaseAsync(item, CancellationToken.None);
        }
        else
        {
            await queue.AcknowledgeAsync(item, CancellationToken.None);
        }
    }

    private async Task<DocumentOutcome> RunWithLimitsAsync(WorkItem item, RunningDocuments.Entry entry, CancellationToken abort)
    {
        using var timeout = new CancellationTokenSource(_timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, timeout.Token, entry.Token);

        // Task.Run so that a reader blocking without awaiting cannot hold the worker: after the timeout the
        // worker stops waiting and moves on; the abandoned work can no longer change the document's state.
        var work = Task.Run(() => RunStagesAsync(item, linked.Token), CancellationToken.None);
        try
        {
            await work.WaitAsync(linked.Token);
            return DocumentOutcome.Finished;
        }
        catch (Exception e)
        {
            ObserveLater(work);
            if (entry.Token.IsCancellationRequested)
            {
                if (await store.CancelDocumentAsync(item.DocId, CancellationToken.None))
                {
                    EngineLog.DocumentCancelled(logger, item.JobId, item.DocId);
                }

                return DocumentOutcome.Cancelled;
            }

            if (abort.IsCancellationRequested)
            {
                if (!await store.ReleaseDocumentAsync(item.DocId, CancellationToken.None))
                {
                    return DocumentOutcome.Finished;
                }

                EngineLog.DocumentReleased(logger, item.JobId, item.DocId);
                return DocumentOutcome.Released;
            }

            var error = timeout.IsCancellationRequested
                ? DocumentErrors.Timeout(_timeout)
                : e;
            if (await store.FailDocumentAsync(item.DocId, DocumentErrors.Describe(error), CancellationToken.None))
            {
                BatchEngineTelemetry.DocumentsFailed.Add(1);
                EngineLog.DocumentFailed(logger, item.JobId, item.DocId, DocumentErrors.TypeName(error));
            }

            return DocumentOutcome.Failed;
        }
    }

    private async Task RunStagesAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ClassificationResult result;
        await using (var stream = await content.OpenReadAsync(item.JobId, item.DocId, cancellationToken))
        {
            result = await analyzer.AnalyzeAsync(item.DocId, stream, (stage, ct) => ReportAsync(item, stage, ct), cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (await store.CompleteDocumentAsync(item.DocId, result, CancellationToken.None))
        {
            BatchEngineTelemetry.DocumentsProcessed.Add(1);
            EngineLog.DocumentCompleted(logger, item.JobId, item.DocId);
        }
    }

    private async Task ReportAsync(WorkItem item, double stage, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await store.ReportProgressAsync(item.DocId, stage, CancellationToken.None))
        {
            changes.Notify(item.JobId);
        }
    }

    private static void ObserveLater(Task work) =>
        _ = work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private enum DocumentOutcome
    {
        Finished,
        Failed,
        Cancelled,
        Released,
    }
}
