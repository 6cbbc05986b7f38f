using System.Collections.Concurrent;
using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Queue;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// <see cref="IJobStore"/> on Redis: a hash per job and per document, a list of each job's document ids in
/// upload order (all on the job's hash tag), sorted sets for listing newest first (on the <c>{index}</c>
/// tag, kept in step by the caller of each script, since a script stays in its job's slot), every
/// transition one Lua script. A snapshot of a job and its documents is one script too.
/// </summary>
internal sealed class RedisJobStore(
    RedisConnection connection,
    IOptions<RedisStorageOptions> redisOptions,
    IOptions<BatchEngineOptions> engineOptions,
    TimeProvider timeProvider,
    DocumentLocator locator,
    HolderTokens holders) : IJobStore, IJobSnapshotReader
{
    // Documents written per round trip when a job is created: a large job is never one huge transaction.
    private const int CreateChunk = 500;
    private readonly OutageRetry _retry = new(redisOptions.Value.OutageRetryTimeout, timeProvider);
    private readonly RedisKeys _keys = connection.Keys;
    private readonly long _retentionMs = (long)(redisOptions.Value.FinishedJobTtl ?? engineOptions.Value.JobRetention ?? TimeSpan.Zero).TotalMilliseconds;
    private readonly RedisValue _keepContent = engineOptions.Value.KeepContent ? "1" : "0";
    private readonly int _maxAttempts = redisOptions.Value.MaxAttempts;

    // Documents this host started and has not ended: their progress is sent without waiting for the answer.
    private readonly ConcurrentDictionary<string, byte> _runningHere = new(StringComparer.Ordinal);

    public RedisJobStore(RedisConnection connection, IOptions<RedisStorageOptions> redisOptions, IOptions<BatchEngineOptions> engineOptions, TimeProvider timeProvider)
        : this(connection, redisOptions, engineOptions, timeProvider, new DocumentLocator(connection), new HolderTokens())
    {
    }

    internal DocumentLocator Locator => locator;

    /// <summary>The holder tokens of the documents this host claimed, shared with its queue.</summary>
    internal HolderTokens Holders => holders;

    private IDatabase Db => connection.Database;

    public async Task CreateJobAsync(JobRecord job, IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.FirstOrDefault(d => !string.Equals(d.JobId, job.JobId, StringComparison.Ordinal)) is { } stranger)
        {
            throw new ArgumentException($"Document {stranger.DocId} belongs to job {stranger.JobId}, not {job.JobId}.", nameof(documents));
        }

        var jobKey = _keys.Job(job.JobId);
        if (await Db.KeyExistsAsync(jobKey).WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Job {job.JobId} already exists.");
        }

        // Jobs created in the same millisecond still list in creation order: the sequence breaks the tie.
        var sequence = await Db.StringIncrementAsync(_keys.Sequence).WaitAsync(cancellationToken).ConfigureAwait(false);
        var order = (job.CreatedAt.ToUnixTimeMilliseconds() * 1000.0) + (sequence % 1000);
        var (status, _) = JobStatusRules.Derive(documents.Count, documents.Count, 0, 0, 0, cancelRequested: false, jobError: null);

        // The documents first, a chunk per round trip; nobody reads them before the job hash exists.
        foreach (var chunk in documents.Chunk(CreateChunk))
        {
            var batch = Db.CreateBatch();
            var writes = new List<Task>(chunk.Length * 2);
            foreach (var doc in chunk)
            {
                writes.Add(batch.HashSetAsync(_keys.Document(job.JobId, doc.DocId), RecordHashes.ToHash(AsPending(doc))));
                writes.Add(batch.StringSetAsync(_keys.DocumentJob(doc.DocId), job.JobId));
                locator.Remember(doc.DocId, job.JobId);
            }

            batch.Execute();
            await Task.WhenAll(writes).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        // Then the job and its list in one transaction on its slot (the condition refuses a duplicate id).
        var transaction = Db.CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(jobKey));
        foreach (var ids in documents.Chunk(CreateChunk * 2))
        {
            _ = transaction.ListRightPushAsync(_keys.JobDocuments(job.JobId), ids.Select(d => (RedisValue)d.DocId).ToArray());
        }

        _ = transaction.HashSetAsync(jobKey, RecordHashes.ToHash(job, documents.Count, status, order));

        // The job commits its content: the orphan TTL the uploads set goes, the job's retention applies later.
        _ = transaction.KeyPersistAsync(_keys.Content(job.JobId));
        if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Job {job.JobId} already exists.");
        }

        // The listings last, on their own slot.
        var index = Db.CreateBatch();
        var adds = new List<Task>
        {
            index.SortedSetAddAsync(_keys.Jobs, job.JobId, order),
            index.SortedSetAddAsync(_keys.JobsOfOwner(job.Owner), job.JobId, order),
            index.SortedSetAddAsync(_keys.JobsWithStatus(RecordHashes.StatusWord(status)), job.JobId, order),
        };
        if (JobStatusRules.IsTerminal(status))
        {
            adds.Add(index.SortedSetAddAsync(_keys.FinishedJobs, job.JobId, job.UpdatedAt.ToUnixTimeMilliseconds()));
        }

        index.Execute();
        await Task.WhenAll(adds).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<JobRecord?> GetJobAsync(string jobId, CancellationToken cancellationToken) =>
        RecordHashes.ToJob(await Db.HashGetAllAsync(_keys.Job(jobId)).WaitAsync(cancellationToken).ConfigureAwait(false));

    public async Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(string jobId, CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(jobId, cancellationToken).ConfigureAwait(false))?.Documents ?? [];

    /// <summary>The job and its documents in one script: one round trip whatever the job's size, and consistent.</summary>
    public async Task<JobSnapshot?> GetSnapshotAsync(string jobId, CancellationToken cancellationToken)
    {
        var result = await Db.ScriptEvaluateAsync(JobScripts.Snapshot, JobKeys(jobId), [_keys.JobBase(jobId)])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var parts = (RedisResult[])result!;
        if (parts.Length == 0 || RecordHashes.ToJob(ToHash(parts[0])) is not { } job)
        {
            return null;
        }

        var documents = new List<DocumentRecord>(parts.Length - 1);
        for (var i = 1; i < parts.Length; i++)
        {
            if (RecordHashes.ToDocument(ToHash(parts[i])) is { } doc)
            {
                documents.Add(doc);
            }
        }

        return new JobSnapshot(job, documents);
    }

    public async Task<DocumentRecord?> GetDocumentAsync(string docId, CancellationToken cancellationToken)
    {
        if (await locator.FindJobAsync(docId, cancellationToken).ConfigureAwait(false) is not { } jobId)
        {
            return null;
        }

        return RecordHashes.ToDocument(await Db.HashGetAllAsync(_keys.Document(jobId, docId)).WaitAsync(cancellationToken).ConfigureAwait(false));
    }

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
                await ForgetIndexEntriesAsync(ids[i]!).ConfigureAwait(false);
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

    public async Task<bool> TryStartDocumentAsync(string docId, CancellationToken cancellationToken)
    {
        if (await locator.FindJobAsync(docId, cancellationToken).ConfigureAwait(false) is not { } jobId)
        {
            return false;
        }

        var started = await RunAsync(JobScripts.Start, jobId, DocumentKeys(jobId, docId), [connection.ConsumerName, _maxAttempts], cancellationToken, holders.TokenOf(docId))
            .ConfigureAwait(false);
        if (started)
        {
            _runningHere.TryAdd(docId, 0);
        }

        return started;
    }

    public Task<bool> ReportProgressAsync(string docId, double progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(progress, ProgressStages.Pending);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(progress, ProgressStages.ResultsSaved);
        if (_runningHere.ContainsKey(docId) && locator.TryGetCached(docId, out var jobId))
        {
            // A document running here: progress is advisory and never changes the job's status, so it is sent
            // without waiting (one connection keeps the order: the result written next lands after it).
            _ = Db.ScriptEvaluateAsync(
                JobScripts.Progress, DocumentKeys(jobId, docId), Arguments(jobId, OperationIds.New(), [progress], holders.TokenOf(docId)), CommandFlags.FireAndForget);
            return Task.FromResult(true);
        }

        return RunOnDocumentAsync(JobScripts.Progress, docId, progress, cancellationToken);
    }

    public Task<bool> CompleteDocumentAsync(string docId, ClassificationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return EndAsync(JobScripts.Complete, docId, RecordHashes.ToJson(result), cancellationToken);
    }

    public Task<bool> FailDocumentAsync(string docId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return EndAsync(JobScripts.Fail, docId, error, cancellationToken);
    }

    public Task<bool> ReleaseDocumentAsync(string docId, CancellationToken cancellationToken) =>
        EndAsync(JobScripts.Release, docId, RedisValue.EmptyString, cancellationToken);

    public Task<bool> CancelDocumentAsync(string docId, CancellationToken cancellationToken) =>
        EndAsync(JobScripts.CancelDocument, docId, RedisValue.EmptyString, cancellationToken);

    public Task<bool> CancelJobAsync(string jobId, CancellationToken cancellationToken) =>
        RunAsync(JobScripts.CancelJob, jobId, JobKeys(jobId), [], cancellationToken);

    public Task<bool> FailJobAsync(string jobId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return RunAsync(JobScripts.FailJob, jobId, JobKeys(jobId), [error], cancellationToken);
    }

    public async Task<bool> DeleteJobAsync(string jobId, CancellationToken cancellationToken)
    {
        var ids = await Db.ListRangeAsync(_keys.JobDocuments(jobId)).WaitAsync(cancellationToken).ConfigureAwait(false);
        var deleted = await RunAsync(JobScripts.DeleteJob, jobId, JobKeys(jobId), [(long)_retry.Limit.TotalMilliseconds + 60_000], cancellationToken)
            .ConfigureAwait(false);

        // The index entries go even when the job's keys already expired by TTL (retention deletes it then).
        await ForgetIndexEntriesAsync(jobId).ConfigureAwait(false);
        // One DEL per locator key: they live on many slots (Redis Cluster refuses a multi-slot DEL).
        foreach (var chunk in ids.Chunk(CreateChunk))
        {
            var batch = Db.CreateBatch();
            var deletes = chunk.Select(id => batch.KeyDeleteAsync(_keys.DocumentJob(id!))).ToArray();
            batch.Execute();
            await Task.WhenAll(deletes).ConfigureAwait(false);
        }

        foreach (var id in ids)
        {
            locator.Forget(id!);
        }

        return deleted;
    }

    public async Task<bool> DeleteDocumentAsync(string docId, CancellationToken cancellationToken)
    {
        var deleted = await RunOnDocumentAsync(JobScripts.DeleteDocument, docId, RedisValue.EmptyString, cancellationToken).ConfigureAwait(false);
        if (deleted)
        {
            await Db.KeyDeleteAsync(_keys.DocumentJob(docId)).ConfigureAwait(false);
            locator.Forget(docId);
        }

        return deleted;
    }

    public Task<bool> SaveReviewAsync(string docId, DocumentReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return RunOnDocumentAsync(JobScripts.SaveReview, docId, RecordHashes.ToJson(review), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> GetExpiredJobIdsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var ids = await Db.SortedSetRangeByScoreAsync(_keys.FinishedJobs, double.NegativeInfinity, cutoff.ToUnixTimeMilliseconds(), Exclude.Stop)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return ids.Select(id => (string)id!).ToList();
    }

    /// <summary>KEYS of a script on one job (see <see cref="JobScripts"/>); the document slot holds the job hash.</summary>
    internal RedisKey[] JobKeys(string jobId) => DocumentKeys(jobId, null);

    internal RedisKey[] DocumentKeys(string jobId, string? docId) =>
    [
        _keys.Job(jobId),
        docId is null ? _keys.Job(jobId) : _keys.Document(jobId, docId),
        _keys.JobDocuments(jobId),
        _keys.Content(jobId),
        _keys.JobQueue(jobId),
        _keys.JobClaims(jobId),
        _keys.JobHolders(jobId),
    ];

    /// <summary>ARGV of a script on one job (see <see cref="JobScripts"/>); <paramref name="holder"/> is empty for a caller holding no claim.</summary>
    internal RedisValue[] Arguments(string jobId, string operation, RedisValue[] own, string holder = "") =>
    [
        _keys.JobBase(jobId),
        timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
        _retentionMs,
        operation,
        _keepContent,
        holder,
        .. own,
    ];

    /// <summary>
    /// Keeps the listings in step with a script's answer { result, before, after, order }: the job moves
    /// between the status sets, and a finished job leaves the queue and starts its retention.
    /// </summary>
    internal async Task FollowAsync(string jobId, RedisResult answer)
    {
        var parts = (RedisResult[])answer!;
        string before = (string)parts[1]!, after = (string)parts[2]!;
        if (before == after)
        {
            return;
        }

        var batch = Db.CreateBatch();
        var writes = new List<Task>();
        if (before.Length > 0)
        {
            writes.Add(batch.SortedSetRemoveAsync(_keys.JobsWithStatus(before), jobId));
        }

        if (after.Length > 0)
        {
            writes.Add(batch.SortedSetAddAsync(_keys.JobsWithStatus(after), jobId, (double)parts[3]));
        }

        var finished = after is "completed" or "failed" or "cancelled";
        if (finished)
        {
            writes.Add(batch.SortedSetAddAsync(_keys.FinishedJobs, jobId, timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
            ActiveJobIndex.Forget(batch, _keys, jobId);
        }

        batch.Execute();
        await Task.WhenAll(writes).ConfigureAwait(false);
        if (finished && _retentionMs > 0)
        {
            // The locator keys are on other slots than the job: they expire with it, set from here.
            var ids = await Db.ListRangeAsync(_keys.JobDocuments(jobId)).ConfigureAwait(false);
            var expiries = Db.CreateBatch();
            foreach (var id in ids)
            {
                _ = expiries.KeyExpireAsync(_keys.DocumentJob(id!), TimeSpan.FromMilliseconds(_retentionMs), CommandFlags.FireAndForget);
            }

            expiries.Execute();
        }
    }

    private static HashEntry[] ToHash(RedisResult flat)
    {
        var values = (RedisValue[])flat!;
        var entries = new HashEntry[values.Length / 2];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new HashEntry(values[2 * i], values[(2 * i) + 1]);
        }

        return entries;
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

    private Task ForgetIndexEntriesAsync(string jobId)
    {
        ActiveJobIndex.Forget(Db, _keys, jobId);
        return Task.WhenAll(
            Enum.GetValues<JobStatus>().Select(s => Db.SortedSetRemoveAsync(_keys.JobsWithStatus(RecordHashes.StatusWord(s)), jobId))
                .Append(Db.SortedSetRemoveAsync(_keys.Jobs, jobId))
                .Append(Db.SortedSetRemoveAsync(_keys.FinishedJobs, jobId)));
    }

    /// <summary>A transition that ends this host's run of the document (or gives it back).</summary>
    private async Task<bool> EndAsync(string script, string docId, RedisValue argument, CancellationToken cancellationToken)
    {
        var ended = await RunOnDocumentAsync(script, docId, argument, cancellationToken).ConfigureAwait(false);
        _runningHere.TryRemove(docId, out _);
        return ended;
    }

    private async Task<bool> RunOnDocumentAsync(string script, string docId, RedisValue argument, CancellationToken cancellationToken)
    {
        if (await locator.FindJobAsync(docId, cancellationToken).ConfigureAwait(false) is not { } jobId)
        {
            return false;
        }

        return await RunAsync(script, jobId, DocumentKeys(jobId, docId), [argument], cancellationToken, holders.TokenOf(docId)).ConfigureAwait(false);
    }

    private async Task<bool> RunAsync(string script, string jobId, RedisKey[] keys, RedisValue[] arguments, CancellationToken cancellationToken, string holder = "")
    {
        // One operation id for every try: a try that timed out but ran is recognised by the next one.
        var operation = OperationIds.New();
        var answer = await _retry.RunAsync(() => Db.ScriptEvaluateAsync(script, keys, Arguments(jobId, operation, arguments, holder)), cancellationToken)
            .ConfigureAwait(false);
        await FollowAsync(jobId, answer).ConfigureAwait(false);
        return (long)((RedisResult[])answer!)[0] == 1;
    }
}
