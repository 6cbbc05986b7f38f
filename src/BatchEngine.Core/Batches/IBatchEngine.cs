using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Batches;

/// <summary>
/// The engine in process: submit a batch, watch it, read results. The HTTP endpoints are a thin layer over this.
/// </summary>
public interface IBatchEngine
{
    /// <summary>
    /// Stores each file as it streams in and queues the accepted ones as one job. Empty, unrecognised and
    /// over-limit files are refused and listed; when every file is refused no job is created.
    /// </summary>
    Task<BatchSubmission> SubmitAsync(IAsyncEnumerable<IncomingDocument> documents, SubmitOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The job with its documents in upload order, or null when unknown.</summary>
    Task<JobSnapshot?> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Jobs newest first.</summary>
    Task<JobPage> ListJobsAsync(JobQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>The document with its classification once classified, or null when unknown.</summary>
    Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a job: pending documents never start, running ones stop. False when unknown or already finished.</summary>
    Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a job with its documents' content and results. False when unknown.</summary>
    Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one document's content and result. False when unknown.</summary>
    Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken = default);

    /// <summary>Stores a reviewer's override beside the machine's answer. False when the document is unknown.</summary>
    Task<bool> ReviewDocumentAsync(string docId, DocumentReview review, CancellationToken cancellationToken = default);

    /// <summary>Yields the job each time its progress changes, ending after the snapshot in which it is terminal.</summary>
    IAsyncEnumerable<JobSnapshot> WatchJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Classifies one file now, without a job (for interactive use). Throws when the file cannot be read.</summary>
    Task<ClassificationResult> ClassifyAsync(IncomingDocument document, CancellationToken cancellationToken = default);
}
