using BatchEngine.Batches;
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
/// "ExceptionType: message" at 0%; a cancelled job cancels it; an engine stop or a store failure during the run
/// releases it back to pending.
/// Once this worker ended the document, its content is deleted (unless <see cref="BatchEngineOptions.KeepContent"/>).
/// Never throws for a document's sake, so the worker goes on with the next one.
/// </summary>
internal sealed class DocumentPipeline(
    IJobStore store,
    StoredContent content,
    IWorkQueue queue,
    DocumentAnalyzer analyzer,
    RunningDocuments running,
    AbandonedWork abandoned,
    JobChangeFeed changes,
    IOptions<BatchEngineOptions> options,
    TimeProvider time,
    ILogger<DocumentPipeline> logger)
{
    /// <summary>How long to wait between tries to put a document back when the store does not answer.</summary>
    private static readonly TimeSpan StoreRetryPause = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _timeout = options.Value.DocumentTimeout;
    private readonly bool _keepContent = options.Value.KeepContent;

    /// <summary>
    /// Processes the item. <paramref name="abort"/> fires when the engine stops without waiting. Throws only
    /// when the job store itself fails (the worker pauses and goes on).
    /// </summary>
    public async Task ProcessAsync(WorkItem item, CancellationToken abort)
    {
        // Registered before the start, so a cancel or delete that lands just after the start still finds it.
        using var entry = running.Register(item.JobId, item.DocId);
        using var elsewhere = queue.StoppedElsewhere(item).Register(static e => ((RunningDocuments.Entry)e!).Cancel(), entry);
        bool started;
        try
        {
            started = await store.TryStartDocumentAsync(item.DocId, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            // The store is unreachable: give the document back so it is not lost, and let the worker pause.
            await queue.ReleaseAsync(item, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (!started)
        {
            // Cancelled, deleted, or already finished elsewhere: nothing to do.
            await queue.AcknowledgeAsync(item, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        changes.Notify(item.JobId);
        var startedAt = time.GetTimestamp();
        using var activity = BatchEngineTelemetry.ActivitySource.StartActivity("ProcessDocument");
        activity?.SetTag("batchengine.job_id", item.JobId);
        activity?.SetTag("batchengine.doc_id", item.DocId);

        DocumentOutcome outcome;
        try
        {
            outcome = await RunWithLimitsAsync(item, entry, abort).ConfigureAwait(false);
        }
        catch
        {
            // The store failed the very call that ends this run (release, fail or cancel), so the document is still
            // processing there: put it back to pending once the store answers, then let the worker pause.
            await ReleaseWhenTheStoreAnswersAsync(item, abort).ConfigureAwait(false);
            throw;
        }

        activity?.SetTag("batchengine.outcome", outcome.ToString());
        BatchEngineTelemetry.ProcessingDuration.Record(time.GetElapsedTime(startedAt).TotalSeconds);
        changes.Notify(item.JobId);

        if (outcome == DocumentOutcome.StorageFault)
        {
            // The worker pauses before its next claim, as for any store outage, rather than spin on a store that is down.
            if (await ReleaseWhenTheStoreAnswersAsync(item, abort).ConfigureAwait(false))
            {
                throw new StorageFaultException();
            }

            return;
        }

        if (outcome == DocumentOutcome.Released)
        {
            await queue.ReleaseAsync(item, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await queue.AcknowledgeAsync(item, CancellationToken.None).ConfigureAwait(false);
        if (outcome != DocumentOutcome.EndedElsewhere && !_keepContent)
        {
            // This worker ended the document: nobody reads its content again.
            await content.DeleteDocumentAsync(item.JobId, item.DocId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Puts the document back to pending, retrying while the store does not answer, then gives it back to the queue;
    /// true when it went back to pending. Until then this host keeps the document (a shared queue keeps renewing its
    /// claim); if the engine stops first, the claim runs out and another host takes the document over.
    /// </summary>
    private async Task<bool> ReleaseWhenTheStoreAnswersAsync(WorkItem item, CancellationToken abort)
    {
        bool released;
        while (true)
        {
            try
            {
                released = await store.ReleaseDocumentAsync(item.DocId, CancellationToken.None).ConfigureAwait(false);
                break;
            }
            catch (Exception) when (!abort.IsCancellationRequested)
            {
                // The store is still down: try again after a pause.
            }
            catch (Exception)
            {
                return false;
            }

            try
            {
                await Task.Delay(StoreRetryPause, time, abort).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        if (!released)
        {
            // Ended by a cancel, a delete or another host meanwhile.
            await queue.AcknowledgeAsync(item, CancellationToken.None).ConfigureAwait(false);
            return false;
        }

        await queue.ReleaseAsync(item, CancellationToken.None).ConfigureAwait(false);
        return true;
    }

    private async Task<DocumentOutcome> RunWithLimitsAsync(WorkItem item, RunningDocuments.Entry entry, CancellationToken abort)
    {
        using var deadline = new DocumentDeadline(_timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, deadline.Token, entry.Token);
        var stage = new StageReached();

        // Task.Run so that a reader blocking without awaiting cannot hold the worker: after the timeout the
        // worker stops waiting and moves on; the abandoned work can no longer change the document's state.
        var work = Task.Run(() => RunStagesAsync(item, deadline, stage, linked.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(linked.Token).ConfigureAwait(false) ? DocumentOutcome.Completed : DocumentOutcome.EndedElsewhere;
        }
        catch (Exception e)
        {
            abandoned.Track(work);
            if (entry.Token.IsCancellationRequested)
            {
                if (await store.CancelDocumentAsync(item.DocId, CancellationToken.None).ConfigureAwait(false))
                {
                    EngineLog.DocumentCancelled(logger, item.JobId, item.DocId);
                    return DocumentOutcome.Cancelled;
                }

                return DocumentOutcome.EndedElsewhere;
            }

            if (abort.IsCancellationRequested)
            {
                if (!await store.ReleaseDocumentAsync(item.DocId, CancellationToken.None).ConfigureAwait(false))
                {
                    return DocumentOutcome.EndedElsewhere;
                }

                EngineLog.DocumentReleased(logger, item.JobId, item.DocId);
                return DocumentOutcome.Released;
            }

            if (!deadline.IsExpired && StorageFaultException.Find(e) is { } fault)
            {
                // A storage outage is not the file's fault: the document goes back to pending for a later run.
                EngineLog.DocumentReleasedAfterStorageFault(logger, item.JobId, item.DocId, DocumentErrors.TypeName(fault.InnerException ?? fault));
                return DocumentOutcome.StorageFault;
            }

            var error = deadline.IsExpired ? DocumentErrors.Timeout(_timeout) : e;

            // The detail is logged before the failure is stored: whoever sees the document failed finds it in the log.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                EngineLog.ErrorDetail(logger, item.DocId, DocumentErrors.Detail(e));
            }

            if (!await store.FailDocumentAsync(item.DocId, DocumentErrors.Describe(error, stage.Stage), CancellationToken.None).ConfigureAwait(false))
            {
                return DocumentOutcome.EndedElsewhere;
            }

            BatchEngineTelemetry.DocumentsFailed.Add(1);
            EngineLog.DocumentFailed(logger, item.JobId, item.DocId, DocumentErrors.TypeName(error));

            return DocumentOutcome.Failed;
        }
    }

    /// <summary>Runs the stages; true when this run stored the result (false when the store refused it).</summary>
    private async Task<bool> RunStagesAsync(WorkItem item, DocumentDeadline deadline, StageReached stage, CancellationToken cancellationToken)
    {
        // The extraction pool pauses this deadline while the document waits for a free child process.
        DocumentDeadline.Current = deadline;
        ClassificationResult result;

        // The type sniffed at submit: carried by the queue, else kept on the document's record.
        var mediaType = item.MediaType
            ?? (await StorageFaultException.GuardAsync(() => store.GetDocumentAsync(item.DocId, cancellationToken), cancellationToken).ConfigureAwait(false))?.MediaType;
        var stream = await StorageFaultException.GuardAsync(() => content.OpenReadAsync(item.JobId, item.DocId, cancellationToken), cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            result = await analyzer.AnalyzeAsync(item.DocId, stream, mediaType, (reached, ct) => ReportAsync(item, stage, reached, ct), cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        stage.Stage = FailureStage.Saving;
        if (await StorageFaultException.GuardAsync(() => store.CompleteDocumentAsync(item.DocId, result, CancellationToken.None), CancellationToken.None).ConfigureAwait(false))
        {
            BatchEngineTelemetry.DocumentsProcessed.Add(1);
            EngineLog.DocumentCompleted(logger, item.JobId, item.DocId);
            return true;
        }

        return false;
    }

    private async Task ReportAsync(WorkItem item, StageReached stage, double reached, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        stage.Stage = reached switch
        {
            >= ProgressStages.ClassificationCompleted => FailureStage.Saving,
            >= ProgressStages.DetectorsCompleted => FailureStage.Classifying,
            >= ProgressStages.DocumentLoaded => FailureStage.Detecting,
            _ => FailureStage.Reading,
        };
        if (await StorageFaultException.GuardAsync(() => store.ReportProgressAsync(item.DocId, reached, CancellationToken.None), cancellationToken).ConfigureAwait(false))
        {
            changes.Notify(item.JobId);
        }
    }

    /// <summary>The stage the document is in, written by its run and read when it fails.</summary>
    private sealed class StageReached
    {
        private volatile FailureStage _stage;

        public FailureStage Stage
        {
            get => _stage;
            set => _stage = value;
        }
    }

    private enum DocumentOutcome
    {
        Completed,
        Failed,
        Cancelled,
        Released,

        /// <summary>A store call failed during the run; the document goes back to pending, not to failed.</summary>
        StorageFault,

        /// <summary>The store refused this worker's transition: the document was ended by a cancel, a delete or another host.</summary>
        EndedElsewhere,
    }
}
