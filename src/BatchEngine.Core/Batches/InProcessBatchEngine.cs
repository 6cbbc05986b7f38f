using BatchEngine.Retention;
using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Processing;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.Batches;

/// <summary>
/// The default <see cref="IBatchEngine"/>: a thin layer over the job store, the content store and the work
/// queue. Submission lives in <c>InProcessBatchEngine.Submit.cs</c>, watching in <c>InProcessBatchEngine.Watch.cs</c>.
/// </summary>
internal sealed partial class InProcessBatchEngine(
    IJobStore store,
    StoredContent content,
    IWorkQueue queue,
    DocumentAnalyzer analyzer,
    RunningDocuments running,
    JobRemover remover,
    JobChangeFeed changes,
    BatchEngineRuntime runtime,
    IOptions<BatchEngineOptions> options,
    TimeProvider time,
    ILogger<InProcessBatchEngine> logger) : IBatchEngine
{
    public async Task<JobSnapshot?> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        if (store is IJobSnapshotReader snapshots)
        {
            return await snapshots.GetSnapshotAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        var job = await store.GetJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return null;
        }

        var documents = await store.GetDocumentsAsync(jobId, cancellationToken).ConfigureAwait(false);
        return new JobSnapshot(job, documents);
    }

    public Task<JobPage> ListJobsAsync(JobQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new JobQuery();
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query));
        return store.ListJobsAsync(query, cancellationToken);
    }

    public Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docId);
        return store.GetDocumentAsync(docId, cancellationToken);
    }

    public async Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        // The store first, then the running documents: see DocumentPipeline for why nothing slips between.
        var cancelled = await store.CancelJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (cancelled)
        {
            await queue.CancelJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            running.CancelJob(jobId);
            changes.Notify(jobId);
            EngineLog.JobCancelled(logger, jobId);
            await DeleteCancelledContentAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        return cancelled;
    }

    public Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return remover.DeleteJobAsync(jobId, cancellationToken);
    }

    public Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docId);
        return remover.DeleteDocumentAsync(docId, cancellationToken);
    }

    public async Task<bool> ReviewDocumentAsync(string docId, DocumentReview review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docId);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentException.ThrowIfNullOrWhiteSpace(review.Reviewer, nameof(review));
        var stamped = review.ReviewedAt == default ? review with { ReviewedAt = time.GetUtcNow() } : review;
        return await store.SaveReviewAsync(docId, stamped, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ClassificationResult> ClassifyAsync(IncomingDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = options.Value;
        if (document.Content.CanSeek && document.Content.Length - document.Content.Position > settings.MaxFileBytes)
        {
            throw new ContentTooLargeException(settings.MaxFileBytes);
        }

        using var timeout = new CancellationTokenSource(settings.DocumentTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var limited = new LengthLimitedReadStream(document.Content, settings.MaxFileBytes);
            return await analyzer.AnalyzeAsync(NewId(), limited, mediaType: null, static (_, _) => Task.CompletedTask, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw DocumentErrors.Timeout(settings.DocumentTimeout);
        }
    }

    /// <summary>
    /// The documents the cancel ended before they started are terminal: their content goes now. The running ones
    /// delete their own as their workers stop them.
    /// </summary>
    private async Task DeleteCancelledContentAsync(string jobId, CancellationToken cancellationToken)
    {
        if (options.Value.KeepContent)
        {
            return;
        }

        foreach (var document in await store.GetDocumentsAsync(jobId, cancellationToken).ConfigureAwait(false))
        {
            if (document.Status == DocumentStatus.Cancelled)
            {
                await content.DeleteDocumentAsync(jobId, document.DocId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Ids are version 7 GUIDs: unique, and sortable by creation time.</summary>
    private string NewId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("D");
}
