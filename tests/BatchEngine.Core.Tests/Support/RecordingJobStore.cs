using System.Collections.Concurrent;
using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage;

namespace BatchEngine.Tests.Support;

/// <summary>One successful change of a document, with the document and its job as they were right after it.</summary>
public sealed record RecordedChange(long Order, string Operation, DocumentRecord Document, JobRecord? Job);

/// <summary>
/// Wraps a job store and records every document change that took effect, in order, with the document and
/// job read back right after it. Lets tests check progress and counters across the whole run.
/// </summary>
public sealed class RecordingJobStore(IJobStore inner) : IJobStore
{
    private readonly ConcurrentQueue<RecordedChange> _changes = new();
    private long _order;

    public IReadOnlyList<RecordedChange> Changes => [.. _changes.OrderBy(c => c.Order)];

    public Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken) =>
        inner.CreateJobAsync(job, documents, cancellationToken);

    public Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken) => inner.GetJobAsync(jobId, cancellationToken);

    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken) =>
        inner.GetDocumentsAsync(jobId, cancellationToken);

    public Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken) => inner.GetDocumentAsync(docId, cancellationToken);

    public Task<JobPage> ListJobsAsync(JobQuery query, CancellationToken cancellationToken) => inner.ListJobsAsync(query, cancellationToken);

    public Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Record(docId, "start", inner.TryStartDocumentAsync(docId, cancellationToken));

    public Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken) =>
        Record(docId, "progress", inner.ReportProgressAsync(docId, progress, cancellationToken));

    public Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken) =>
        Record(docId, "complete", inner.CompleteDocumentAsync(docId, result, cancellationToken));

    public Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken) =>
        Record(docId, "fail", inner.FailDocumentAsync(docId, error, cancellationToken));

    public Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Record(docId, "release", inner.ReleaseDocumentAsync(docId, cancellationToken));

    public Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Record(docId, "cancel", inner.CancelDocumentAsync(docId, cancellationToken));

    public Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken) => inner.CancelJobAsync(jobId, cancellationToken);

    public Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken) => inner.FailJobAsync(jobId, error, cancellationToken);

    public Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken) => inner.DeleteJobAsync(jobId, cancellationToken);

    public Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken) => inner.DeleteDocumentAsync(docId, cancellationToken);

    public Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken) =>
        inner.SaveReviewAsync(docId, review, cancellationToken);

    public Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        inner.GetExpiredJobIdsAsync(cutoff, cancellationToken);

    private async Task<bool> Record(string docId, string operation, Task<bool> change)
    {
        if (!await change)
        {
            return false;
        }

        // A document is changed by one worker at a time, so reading it back here sees this change's result.
        var order = Interlocked.Increment(ref _order);
        var document = await inner.GetDocumentAsync(docId, CancellationToken.None);
        if (document is not null)
        {
            var job = await inner.GetJobAsync(document.JobId, CancellationToken.None);
            _changes.Enqueue(new RecordedChange(order, operation, document, job));
        }

        return true;
    }
}
