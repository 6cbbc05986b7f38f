using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Storage;

/// <summary>
/// Where jobs, documents and results live. Every state change is atomic and idempotent: a document is
/// counted once however many workers race on it, and the job's status, counters and progress follow
/// from its documents (pending until one starts; processing while any is not terminal; completed when
/// every document is terminal; failed when every document failed; cancelled after a cancel).
/// Implementations: the in-memory store (default) and the Redis store.
/// </summary>
public interface IJobStore
{
    /// <summary>Stores a new job and its documents, all pending at 0%.</summary>
    Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken);

    /// <summary>The job, or null when unknown or deleted.</summary>
    Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The job's documents in upload order; empty when the job is unknown.</summary>
    Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The document with its classification and review, or null when unknown or deleted.</summary>
    Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken);

    /// <summary>Jobs newest first, filtered and paged as the query says.</summary>
    Task<JobPage> ListJobsAsync(JobQuery query, CancellationToken cancellationToken);

    /// <summary>pending -> processing at 10% (attempts + 1); the job becomes processing. False when the document is not pending.</summary>
    Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken);

    /// <summary>Raises a processing document's progress; never lowers it. False when the document is not processing.</summary>
    Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken);

    /// <summary>
    /// processing -> completed at 100% with its classification, counted once. False when not processing; when the
    /// job was cancelled first, the result is refused (false) and the document ends cancelled, in one step with the check.
    /// </summary>
    Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken);

    /// <summary>pending or processing -> failed at 0% with "ExceptionType: message", counted once. False when already terminal.</summary>
    Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken);

    /// <summary>processing -> pending at 0%, for a graceful stop or a document taken over by another host. False when not processing.</summary>
    Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken);

    /// <summary>pending or processing -> cancelled (its job was cancelled). False when already terminal.</summary>
    Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken);

    /// <summary>Marks the job cancelled and every pending document cancelled. False when unknown or already terminal.</summary>
    Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Marks the job failed with an error (the job cannot go on). False when unknown or already terminal.</summary>
    Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken);

    /// <summary>Removes the job, its documents and their results. False when unknown.</summary>
    Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Removes one document and its result from its job (the job's counts follow). False when unknown.</summary>
    Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken);

    /// <summary>Stores a reviewer's override beside the classification. False when the document is unknown.</summary>
    Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken);

    /// <summary>Ids of terminal jobs last updated before <paramref name="cutoff"/>, for retention.</summary>
    Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
