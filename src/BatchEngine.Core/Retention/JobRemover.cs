using BatchEngine.Processing;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage;

namespace BatchEngine.Retention;

/// <summary>
/// Deletes a job or a document everywhere: stops its scheduling and its running work, then removes the
/// record and the content. Used by the facade and by the retention sweeper.
/// </summary>
internal sealed class JobRemover(IJobStore store, StoredContent content, IWorkQueue queue, RunningDocuments running, JobChangeFeed changes)
{
    public async Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        // The store first: a document not started by now never starts; one started is registered as
        // running already (workers register before starting), so cancelling the running ones catches it.
        var deleted = await store.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            // Only a job that existed: the queue must not remember every id a caller makes up.
            await queue.CancelJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        running.CancelJob(jobId);

        // Even when the record is gone already (a store's TTL): its content may not be.
        await content.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        changes.Notify(jobId);
        return deleted;
    }

    public async Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(docId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return false;
        }

        var deleted = await store.DeleteDocumentAsync(docId, cancellationToken).ConfigureAwait(false);
        running.CancelDocument(docId);
        await content.DeleteDocumentAsync(document.JobId, docId, cancellationToken).ConfigureAwait(false);
        changes.Notify(document.JobId);
        return deleted;
    }
}
