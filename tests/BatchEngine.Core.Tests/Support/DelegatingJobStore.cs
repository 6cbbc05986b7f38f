using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage;

namespace BatchEngine.Tests.Support;

/// <summary>Passes every call to an inner store; fault-injecting test stores override only the call they break.</summary>
internal abstract class DelegatingJobStore(IJobStore inner) : IJobStore
{
    protected IJobStore Inner { get; } = inner;

    public virtual Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken) => Inner.TryStartDocumentAsync(docId, cancellationToken);

    public virtual Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken) => Inner.CreateJobAsync(job, documents, cancellationToken);

    public virtual Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken) => Inner.GetJobAsync(jobId, cancellationToken);

    public virtual Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken) => Inner.GetDocumentsAsync(jobId, cancellationToken);

    public virtual Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken) => Inner.GetDocumentAsync(docId, cancellationToken);

    public virtual Task<JobPage> ListJobsAsync(JobQuery query, CancellationToken cancellationToken) => Inner.ListJobsAsync(query, cancellationToken);

    public virtual Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken) => Inner.ReportProgressAsync(docId, progress, cancellationToken);

    public virtual Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken) => Inner.CompleteDocumentAsync(docId, result, cancellationToken);

    public virtual Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken) => Inner.FailDocumentAsync(docId, error, cancellationToken);

    public virtual Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) => Inner.ReleaseDocumentAsync(docId, cancellationToken);

    public virtual Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken) => Inner.CancelDocumentAsync(docId, cancellationToken);

    public virtual Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken) => Inner.CancelJobAsync(jobId, cancellationToken);

    public virtual Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken) => Inner.FailJobAsync(jobId, error, cancellationToken);

    public virtual Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken) => Inner.DeleteJobAsync(jobId, cancellationToken);

    public virtual Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken) => Inner.DeleteDocumentAsync(docId, cancellationToken);

    public virtual Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken) => Inner.SaveReviewAsync(docId, review, cancellationToken);

    public virtual Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Inner.GetExpiredJobIdsAsync(cutoff, cancellationToken);
}
