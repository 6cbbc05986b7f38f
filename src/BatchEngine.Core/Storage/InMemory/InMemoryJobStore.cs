using System.Collections.Concurrent;
using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Storage.InMemory;

/// <summary>
/// The default <see cref="IJobStore"/>: everything in this process's memory. Each job has its own lock
/// (<see cref="InMemoryJob"/>), so transitions are atomic and idempotent per job while different jobs never
/// contend; lookups go through concurrent dictionaries. Records handed out are immutable copies.
/// </summary>
internal sealed class InMemoryJobStore(TimeProvider time) : IJobStore, IJobSnapshotReader
{
    private readonly ConcurrentDictionary<string, InMemoryJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InMemoryJob> _jobByDocId = new(StringComparer.Ordinal);
    private readonly JobsNewestFirst _newestFirst = new();
    private long _sequence;

    public Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            if (!string.Equals(document.JobId, job.JobId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Document {document.DocId} belongs to job {document.JobId}, not {job.JobId}.", nameof(documents));
            }
        }

        var created = new InMemoryJob(job, documents, Interlocked.Increment(ref _sequence));
        if (!_jobs.TryAdd(job.JobId, created))
        {
            throw new InvalidOperationException($"Job {job.JobId} already exists.");
        }

        foreach (var document in documents)
        {
            if (!_jobByDocId.TryAdd(document.DocId, created))
            {
                throw new InvalidOperationException($"Document {document.DocId} already exists.");
            }
        }

        _newestFirst.Add(created);
        return Task.CompletedTask;
    }

    public Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.TryGetValue(jobId, out var job) ? job.Job : null);

    public Task<JobSnapshot?> GetSnapshotAsync(string jobId, CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.TryGetValue(jobId, out var job) ? job.Snapshot() : null);

    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.TryGetValue(jobId, out var job) ? job.Documents : (IReadOnlyList<DocumentRecord>)[]);

    public Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Task.FromResult(_jobByDocId.TryGetValue(docId, out var job) ? job.GetDocument(docId) : null);

    public Task<JobPage> ListJobsAsync(JobQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);

        Func<InMemoryJob, bool>? matches = null;
        if (query.Status is not null || !query.AllOwners)
        {
            matches = job => (query.AllOwners || string.Equals(job.Owner, query.Owner, StringComparison.Ordinal))
                && (query.Status is null || job.Job.Status == query.Status);
        }

        var (total, page) = _newestFirst.Page(matches, query.Offset, query.Limit);
        return Task.FromResult(new JobPage(total, page.ConvertAll(job => job.Job)));
    }

    public Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Change(docId, 0, static (d, _) => DocumentTransitions.Start(d));

    public Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(progress, ProgressStages.Pending);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(progress, ProgressStages.ResultsSaved);
        return Change(docId, progress, static (d, p) => DocumentTransitions.Progress(d, p));
    }

    public Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Task.FromResult(_jobByDocId.TryGetValue(docId, out var job) && job.Complete(docId, time.GetUtcNow(), result));
    }

    public Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return Change(docId, error, static (d, e) => DocumentTransitions.Fail(d, e));
    }

    public Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Change(docId, 0, static (d, _) => DocumentTransitions.Release(d));

    public Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken) =>
        Change(docId, 0, static (d, _) => DocumentTransitions.Cancel(d));

    public Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken) =>
        Task.FromResult(_jobs.TryGetValue(jobId, out var job) && job.Cancel(time.GetUtcNow()));

    public Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return Task.FromResult(_jobs.TryGetValue(jobId, out var job) && job.Fail(error, time.GetUtcNow()));
    }

    public Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        if (!_jobs.TryRemove(jobId, out var job) || !job.MarkDeleted())
        {
            return Task.FromResult(false);
        }

        _newestFirst.Remove(job);
        foreach (var docId in job.DocIds)
        {
            _jobByDocId.TryRemove(new KeyValuePair<string, InMemoryJob>(docId, job));
        }

        return Task.FromResult(true);
    }

    public Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken)
    {
        if (!_jobByDocId.TryGetValue(docId, out var job) || !job.RemoveDocument(docId, time.GetUtcNow()))
        {
            return Task.FromResult(false);
        }

        _jobByDocId.TryRemove(new KeyValuePair<string, InMemoryJob>(docId, job));
        return Task.FromResult(true);
    }

    public Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Change(docId, review, static (d, r) => d with { Review = r });
    }

    public Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> expired = _jobs.Values
            .Select(job => job.Job)
            .Where(job => JobStatusRules.IsTerminal(job.Status) && job.UpdatedAt < cutoff)
            .Select(job => job.JobId)
            .ToArray();
        return Task.FromResult(expired);
    }

    private Task<bool> Change<TState>(string docId, TState state, Func<DocumentRecord, TState, DocumentRecord?> transition) =>
        Task.FromResult(_jobByDocId.TryGetValue(docId, out var job) && job.Change(docId, time.GetUtcNow(), state, transition));
}
