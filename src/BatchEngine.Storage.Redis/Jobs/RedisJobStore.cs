using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage.Redis.Connection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// <see cref="IJobStore"/> on Redis: a hash per job and per document, a list of each job's document ids in
/// upload order, sorted sets for listing newest first, every transition one Lua script.
/// </summary>
internal sealed class RedisJobStore(
    RedisConnection connection,
    IOptions<RedisStorageOptions> redisOptions,
    IOptions<BatchEngineOptions> engineOptions,
    TimeProvider timeProvider) : IJobStore
{
    private readonly OutageRetry _retry = new(redisOptions.Value.OutageRetryTimeout, timeProvider);
    private readonly RedisKeys _keys = connection.Keys;
    private readonly long _retentionMs = (long)(redisOptions.Value.JobRetention ?? engineOptions.Value.JobRetention ?? TimeSpan.Zero).TotalMilliseconds;

    private IDatabase Db => connection.Database;

    public async Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.FirstOrDefault(d => !string.Equals(d.JobId, job.JobId, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Document {stranger.DocId} belongs to job {stranger.JobId}, not {job.JobId}.", nameof(documents));
        }

        // Jobs created in the same millisecond still list in creation order: the sequence breaks the tie.
        var sequence = await Db.StringIncrementAsync(_keys.Sequence).WaitAsync(cancellationToken).ConfigureAwait(false);
        var order = (job.CreatedAt.ToUnixTimeMilliseconds() * 1000.0) + (sequence % 1000);
        var (status, _) = JobStatusRules.Derive(documents.Count, documents.Count, 0, 0, 0, cancelRequested: false, jobError: null);

        // MULTI/EXEC: readers never see a job without its documents; the condition refuses a duplicate id.
        var transaction = Db.CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(_keys.Job(job.JobId)));
        _ = transaction.HashSetAsync(_keys.Job(job.JobId), RecordHashes.ToHash(job, documents.Count, status, order));
        foreach (var doc in documents)
        {
            _ = transaction.HashSetAsync(_keys.Document(doc.DocId), RecordHashes.ToHash(AsPending(doc)));
        }

        if (documents.Count > 0)
        {
            _ = transaction.ListRightPushAsync(_keys.JobDocuments(job.JobId), documents.Select(d => (RedisValue)d.DocId).ToArray());
        }

        _ = transaction.SortedSetAddAsync(_keys.Jobs, job.JobId, order);
        _ = transaction.SortedSetAddAsync(_keys.JobsOfOwner(job.Owner), job.JobId, order);
        _ = transaction.SortedSetAddAsync(_keys.JobsWithStatus(RecordHashes.StatusWord(status)), job.JobId, order);
        if (JobStatusRules.IsTerminal(status))
        {
            _ = transaction.SortedSetAddAsync(_keys.FinishedJobs, job.JobId, job.UpdatedAt.ToUnixTimeMilliseconds());
        }

        if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Job {job.JobId} already exists.");
        }
    }

    public async Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken) =>
        RecordHashes.ToJob(await Db.HashGetAllAsync(_keys.Job(jobId)).WaitAsync(cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken)
    {
        var ids = await Db.ListRangeAsync(_keys.JobDocuments(jobId)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var hashes = await Task.WhenAll(ids.Select(id => Db.HashGetAllAsync(_keys.Document(id!)))).WaitAsync(cancellationToken).ConfigureAwait(false);
        return hashes.Select(RecordHashes.ToDocument).OfType<DocumentRecord>().ToList();
    }

    public async Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken) =>
        RecordHashes.ToDocument(await Db.HashGetAllAsync(_keys.Document(docId)).WaitAsync(cancellationToken).ConfigureAwait(false));

    public async Task<JobPage> ListJobsAsync(JobQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        if (!query.AllOwners)
        {
            return await ListOwnedJobsAsync(query, cancellationToken).ConfigureAwait(false);
        }

        var index = query.Status is { } status ? _keys.JobsWithStatus(RecordHashes.StatusWord(status)) : _keys.Jobs;
        var total = await Db.SortedSetLengthAsync(index).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (query.Limit <= 0)
        {
            return new JobPage((int)total, []);
        }

        var ids = await Db.SortedSetRangeByRankAsync(index, query.Offset, query.Offset + query.Limit - 1, Order.Descending)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var hashes = await Task.WhenAll(ids.Select(id => Db.HashGetAllAsync(_keys.Job(id!)))).WaitAsync(cancellationToken).ConfigureAwait(false);
        var jobs = new List<JobRecord>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (RecordHashes.ToJob(hashes[i]) is { } job)
            {
                jobs.Add(job);
            }
            else
            {
                // The job expired by TTL; its index entries do not expire with it, so drop them now.
                total--;
                await ForgetExpiredJobAsync(ids[i]!).ConfigureAwait(false);
            }
        }

        return new JobPage((int)total, jobs);
    }

    /// <summary>
    /// One owner's jobs: that owner's index, filtered by status here (an owner's jobs are few next to everyone's).
    /// Entries of jobs that are gone (deleted, or expired by TTL) are dropped from the index as they are met.
    /// </summary>
    private async Task<JobPage> ListOwnedJobsAsync(JobQuery query, CancellationToken cancellationToken)
    {
        var index = _keys.JobsOfOwner(query.Owner);
        var ids = await Db.SortedSetRangeByRankAsync(index, 0, -1, Order.Descending).WaitAsync(cancellationToken).ConfigureAwait(false);
        var hashes = await Task.WhenAll(ids.Select(id => Db.HashGetAllAsync(_keys.Job(id!)))).WaitAsync(cancellationToken).ConfigureAwait(false);
        var matching = new List<JobRecord>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (RecordHashes.ToJob(hashes[i]) is not { } job)
            {
                await Db.SortedSetRemoveAsync(index, ids[i]).ConfigureAwait(false);
            }
            else if (query.Status is null || job.Status == query.Status)
            {
                matching.Add(job);
            }
        }

        return new JobPage(matching.Count, matching.Skip(query.Offset).Take(query.Limit).ToList());
    }

    public Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.Start, docId, connection.ConsumerName, cancellationToken);

    public Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(progress, ProgressStages.Pending);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(progress, ProgressStages.ResultsSaved);
        return RunAsync(JobScripts.Progress, docId, progress, cancellationToken);
    }

    public Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return RunAsync(JobScripts.Complete, docId, RecordHashes.ToJson(result), cancellationToken);
    }

    public Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return RunAsync(JobScripts.Fail, docId, error, cancellationToken);
    }

    public Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.Release, docId, RedisValue.EmptyString, cancellationToken);

    public Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.CancelDocument, docId, RedisValue.EmptyString, cancellationToken);

    public Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.CancelJob, [], [jobId], cancellationToken);

    public Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return RunAsync(JobScripts.FailJob, [], [jobId, error], cancellationToken);
    }

    public Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.DeleteJob, [], [jobId], cancellationToken);

    public Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.DeleteDocument, docId, RedisValue.EmptyString, cancellationToken);

    public Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return RunAsync(JobScripts.SaveReview, docId, RecordHashes.ToJson(review), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var ids = await Db.SortedSetRangeByScoreAsync(_keys.FinishedJobs, double.NegativeInfinity, cutoff.ToUnixTimeMilliseconds(), Exclude.Stop)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return ids.Select(id => (string)id!).ToList();
    }

    /// <summary>The status of each job (null when gone), in one round trip; the work queue skips work of finished jobs with it.</summary>
    internal async Task<IReadOnlyDictionary<string, JobStatus?>> GetJobStatusesAsync(IEnumerable<string> jobIds)
    {
        var ids = jobIds.Distinct(StringComparer.Ordinal).ToArray();
        var words = await Task.WhenAll(ids.Select(id => Db.HashGetAsync(_keys.Job(id), "status"))).ConfigureAwait(false);
        var statuses = new Dictionary<string, JobStatus?>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            statuses[ids[i]] = words[i].IsNull ? null : Enum.Parse<JobStatus>(words[i]!, ignoreCase: true);
        }

        return statuses;
    }

    private static DocumentRecord AsPending(DocumentRecord doc) => doc with
    {
        Status = DocumentStatus.Pending,
        Progress = ProgressStages.Pending,
        Error = null,
        Attempts = 0,
        Classification = null,
        Review = null,
    };

    private Task ForgetExpiredJobAsync(string jobId) =>
        Task.WhenAll(
            Enum.GetValues<JobStatus>().Select(s => Db.SortedSetRemoveAsync(_keys.JobsWithStatus(RecordHashes.StatusWord(s)), jobId))
                .Append(Db.SortedSetRemoveAsync(_keys.Jobs, jobId)));

    private Task<bool> RunAsync(string script, string docId, RedisValue argument, CancellationToken cancellationToken) =>
        RunAsync(script, [_keys.Document(docId)], [argument], cancellationToken);

    private async Task<bool> RunAsync(string script, RedisKey[] keys, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        // One operation id for every try: a try that timed out but ran is recognised by the next one.
        var operation = Guid.NewGuid().ToString("N");
        var result = await _retry.RunAsync(
            () =>
            {
                RedisValue[] values =
                [
                    _keys.Prefix,
                    timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
                    _retentionMs,
                    operation,
                    .. arguments,
                ];
                return Db.ScriptEvaluateAsync(script, keys, values);
            },
            cancellationToken).ConfigureAwait(false);
        return (long)result == 1;
    }
}
