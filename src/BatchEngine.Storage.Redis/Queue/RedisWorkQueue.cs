using System.Collections.Concurrent;
using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// <see cref="IWorkQueue"/> shared by every host through Redis, with the in-process scheduler's contract:
/// round-robin across the active jobs of equal priority, higher priority first, a cancel that stops claims
/// at once.
/// <para>
/// Design. Each job has its own queue (a list of waiting document ids) and claims (a sorted set of claimed
/// document ids scored by the time the claim runs out), on the job's hash tag beside its records. Across
/// jobs, one sorted set on the <c>{queue}</c> tag indexes the jobs that have documents waiting, scored by
/// (priority band, turn): a claim first picks jobs from it with one script that takes the lowest score and
/// moves that job behind the others of its priority (an atomic round-robin cursor shared by every host),
/// then pops the picked jobs' documents with one script per job, pipelined. A job whose queue is empty
/// leaves the index; enqueueing or giving a document back puts it in again and wakes idle hosts through a
/// pub/sub nudge, so hosts wait on the server instead of polling. A cancel (a script on the job) drops
/// the job's queue, and the claim script refuses a cancelled or finished job, so no host claims its
/// documents after the cancel returns.
/// </para>
/// Workers never wait on the network: <see cref="WorkPump"/> claims ahead into a local buffer that
/// <see cref="TryClaim"/> serves (a few documents per worker, so fairness holds across hosts), renews this
/// host's claims, and takes over claims a dead host let run out.
/// <para>
/// Every claim carries a holder token (this host and the claim), kept in the job's holders hash and in the
/// item's receipt: a claim is renewed until its worker acknowledges or gives it back, and only while the token
/// still holds it; the store's transitions of the document, its acknowledge and its give-back carry the token
/// and are refused once another claim took the document over.
/// </para>
/// </summary>
internal sealed class RedisWorkQueue : IWorkQueue
{
    private const int EnqueueChunk = 1000;
    private readonly RedisConnection _connection;
    private readonly DocumentLocator _locator;
    private readonly HolderTokens _holders;
    private readonly ILogger<RedisWorkQueue> _logger;
    private readonly OutageRetry _retry;
    private readonly ConcurrentQueue<WorkItem> _buffer = new();
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Handout> _handedOut = new(StringComparer.Ordinal);
    // Job id -> when this host heard of its cancel. Needed only while the job's claimed or buffered entries may
    // still reach this host, so entries older than CancelMemory are forgotten (every host hears every cancel).
    private readonly ConcurrentDictionary<string, long> _cancelledJobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private int _buffered;

    public RedisWorkQueue(
        RedisConnection connection,
        DocumentLocator locator,
        HolderTokens holders,
        IOptions<BatchEngineOptions> engineOptions,
        IOptions<RedisStorageOptions> redisOptions,
        TimeProvider timeProvider,
        ILogger<RedisWorkQueue> logger)
    {
        _connection = connection;
        _locator = locator;
        _holders = holders;
        _logger = logger;
        _timeProvider = timeProvider;
        _retry = new OutageRetry(redisOptions.Value.OutageRetryTimeout, timeProvider);
        Capacity = Math.Max(1, engineOptions.Value.WorkerCount) * redisOptions.Value.PrefetchPerWorker;
    }

    /// <summary>Pulsed when the buffer got items; parked workers wake.</summary>
    internal AsyncSignal WorkAvailable { get; } = new();

    /// <summary>Pulsed when the pump should look again (work enqueued, a nudge, buffer drained).</summary>
    internal AsyncSignal PumpWake { get; } = new();

    /// <summary>How many entries the local buffer may hold.</summary>
    internal int Capacity { get; }

    internal int FreeSlots => Capacity - Volatile.Read(ref _buffered);

    internal int BufferedCount => Volatile.Read(ref _buffered);

    internal int HeldCount => _held.Count;

    /// <summary>Items handed to workers and not yet acknowledged or given back.</summary>
    internal int HandedOutCount => _handedOut.Count;

    private IDatabase Db => _connection.Database;

    private RedisKeys Keys => _connection.Keys;

    public async ValueTask EnqueueAsync(JobWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The job is stored already: wait out a short outage rather than leave its documents unscheduled.
        // A retry may queue a document twice; the second run finds the document started and is skipped.
        await _retry.RunAsync(
            async () =>
            {
                var batch = Db.CreateBatch();
                var writes = work.DocIds.Chunk(EnqueueChunk)
                    .Select(ids => (Task)batch.ListRightPushAsync(Keys.JobQueue(work.JobId), ids.Select(id => (RedisValue)id).ToArray()))
                    .Append(ActiveJobIndex.ActivateAsync(batch, Keys, work.JobId, work.Priority))
                    .ToArray();
                batch.Execute();
                await Task.WhenAll(writes).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        PumpWake.Pulse();
    }

    public bool TryClaim(out WorkItem item)
    {
        while (_buffer.TryDequeue(out item))
        {
            Interlocked.Decrement(ref _buffered);
            PumpWake.Pulse();
            if (!_cancelledJobs.ContainsKey(item.JobId))
            {
                _handedOut[item.DocId] = new Handout(item.JobId);
                return true;
            }

            // A cancelled job's document: its claim is dropped, never handed out.
            Acknowledge(item);
        }

        return false;
    }

    public async ValueTask WaitForWorkAsync(CancellationToken cancellationToken)
    {
        var next = WorkAvailable.Next;
        if (!_buffer.IsEmpty)
        {
            return;
        }

        await next.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask AcknowledgeAsync(WorkItem item, CancellationToken cancellationToken)
    {
        // A document ended by this host's store call had its claim dropped by that same script; this covers the
        // rest (a document that was not startable). Sent without waiting: a lost one runs out and is dropped by a reclaim.
        Acknowledge(item);
        return ValueTask.CompletedTask;
    }

    public async ValueTask ReleaseAsync(WorkItem item, CancellationToken cancellationToken)
    {
        Forget(item.DocId);
        _holders.End(item.DocId, TokenOf(item));
        try
        {
            await GiveBackAsync([item]).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            // No longer renewed here, so another host (or this one) takes it over when its claim runs out.
            QueueLog.ReleaseFailed(_logger, item.DocId, exception);
        }
    }

    public async ValueTask CancelJobAsync(string jobId, CancellationToken cancellationToken)
    {
        _cancelledJobs.TryAdd(jobId, _timeProvider.GetTimestamp());
        try
        {
            // Other hosts stop their running documents of the job; one that misses this sees the job's cancel
            // flag at its next renewal.
            await _connection.Subscriber.PublishAsync(Keys.Cancelled, jobId).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            QueueLog.ReleaseFailed(_logger, jobId, exception);
        }
    }

    public CancellationToken StoppedElsewhere(WorkItem item) =>
        _handedOut.TryGetValue(item.DocId, out var handout) ? handout.Token : CancellationToken.None;

    /// <summary>The job was cancelled (here or on another host): its documents running here stop.</summary>
    internal void JobCancelledElsewhere(string jobId)
    {
        _cancelledJobs.TryAdd(jobId, _timeProvider.GetTimestamp());
        foreach (var handout in _handedOut.Values)
        {
            if (string.Equals(handout.JobId, jobId, StringComparison.Ordinal))
            {
                handout.Stop();
            }
        }
    }

    /// <summary>Puts documents the pump claimed into the buffer and starts renewing their claims.</summary>
    internal void Admit(IReadOnlyList<WorkItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        foreach (var item in items)
        {
            _locator.Remember(item.DocId, item.JobId);
            _holders.Hold(item.DocId, TokenOf(item));
            _held[item.DocId] = new Held(item.JobId, TokenOf(item));
            _buffer.Enqueue(item);
            Interlocked.Increment(ref _buffered);
        }

        WorkAvailable.Pulse();
    }

    /// <summary>
    /// After an outage: a worker whose store call failed dropped its item without acknowledging or giving it
    /// back, and the queue cannot tell which ones. Stop renewing every handed-out claim, so each is taken over
    /// (by any host) when its claim runs out; a run that did finish is not counted twice.
    /// </summary>
    internal int ForgetHandedOutClaims()
    {
        var forgotten = 0;
        foreach (var docId in _handedOut.Keys)
        {
            Forget(docId);
            forgotten++;
        }

        return forgotten;
    }

    internal bool IsCancelledHere(string jobId) => _cancelledJobs.ContainsKey(jobId);

    /// <summary>How long a heard cancel is remembered: far longer than an entry waits in the buffer or a claim in flight.</summary>
    internal static readonly TimeSpan CancelMemory = TimeSpan.FromMinutes(15);

    /// <summary>Forgets cancels heard longer than <see cref="CancelMemory"/> ago, so the set does not grow with every job ever cancelled.</summary>
    internal int ForgetOldCancels()
    {
        var forgotten = 0;
        foreach (var (jobId, heard) in _cancelledJobs)
        {
            if (_timeProvider.GetElapsedTime(heard) > CancelMemory && _cancelledJobs.TryRemove(jobId, out _))
            {
                forgotten++;
            }
        }

        return forgotten;
    }

    /// <summary>Documents whose claims this host renews, with their job and holder token.</summary>
    internal IEnumerable<KeyValuePair<string, Held>> HeldClaims => _held;

    /// <summary>Another claim holds the document now (or it ended elsewhere): no more renewals from here.</summary>
    internal void LostClaim(string docId)
    {
        _held.TryRemove(docId, out _);
        if (_handedOut.TryGetValue(docId, out var handout))
        {
            handout.Stop();
        }
    }

    /// <summary>Gives claimed documents back to the front of their jobs' queues, in one round trip.</summary>
    internal async Task GiveBackAsync(IReadOnlyCollection<WorkItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var batch = Db.CreateBatch();
        var writes = new List<Task>();
        foreach (var item in items)
        {
            writes.Add(batch.ScriptEvaluateAsync(QueueScripts.GiveBack, ClaimKeys(item.JobId), [item.DocId, TokenOf(item)]));
        }

        foreach (var jobId in items.Select(i => i.JobId).Distinct(StringComparer.Ordinal))
        {
            writes.Add(ActiveJobIndex.ActivateAsync(batch, Keys, jobId, priority: null));
        }

        batch.Execute();
        await Task.WhenAll(writes).ConfigureAwait(false);
    }

    /// <summary>KEYS of the per-job queue scripts: job hash, queue, claims, holders.</summary>
    internal RedisKey[] ClaimKeys(string jobId) => [Keys.Job(jobId), Keys.JobQueue(jobId), Keys.JobClaims(jobId), Keys.JobHolders(jobId)];

    /// <summary>Takes every buffered, unclaimed item back out (on shutdown, to give them back).</summary>
    internal List<WorkItem> DrainBuffer()
    {
        var items = new List<WorkItem>();
        while (_buffer.TryDequeue(out var item))
        {
            Interlocked.Decrement(ref _buffered);
            Forget(item.DocId);
            _holders.End(item.DocId, TokenOf(item));
            items.Add(item);
        }

        return items;
    }

    /// <summary>The holder token a claimed item carries in its receipt.</summary>
    private static string TokenOf(WorkItem item) => item.Receipt ?? string.Empty;

    private void Acknowledge(WorkItem item)
    {
        Forget(item.DocId);
        _holders.End(item.DocId, TokenOf(item));

        // Only while this claim still holds the document: never the entry of a host that took it over.
        _ = Db.ScriptEvaluateAsync(QueueScripts.Acknowledge, ClaimKeys(item.JobId), [item.DocId, TokenOf(item)], CommandFlags.FireAndForget);
    }

    private void Forget(string docId)
    {
        _held.TryRemove(docId, out _);
        if (_handedOut.TryRemove(docId, out var handout))
        {
            handout.Dispose();
        }
    }

    /// <summary>An item a worker runs, with the token that stops it when its job is cancelled on another host.</summary>
    private sealed class Handout : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();

        public Handout(string jobId)
        {
            JobId = jobId;
            Token = _stop.Token; // kept: a worker may still ask for it after the item was forgotten
        }

        public string JobId { get; }

        public CancellationToken Token { get; }

        public void Stop()
        {
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The item ended in the meantime.
            }
        }

        public void Dispose() => _stop.Dispose();
    }

    /// <summary>A claim this host renews: the document's job and the claim's holder token.</summary>
    internal readonly record struct Held(string JobId, string Token);
}
