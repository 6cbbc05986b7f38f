using System.Collections.Concurrent;
using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// <see cref="IWorkQueue"/> on a Redis stream shared by every host. Workers never wait on the network:
/// <see cref="StreamWorkPump"/> reads entries into a local buffer that <see cref="TryClaim"/> serves, and
/// renews this host's claims on the entries it holds until they are acknowledged or given back.
/// </summary>
internal sealed class RedisWorkQueue : IWorkQueue
{
    // Acknowledges and deletes in one round trip; the stream then holds only unfinished work.
    private const string AcknowledgeScript = """
        redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, 2))
        return redis.call('XDEL', KEYS[1], unpack(ARGV, 2))
        """;

    // Gives an entry back: a fresh entry at the end of the stream, the old one acknowledged and deleted.
    private const string GiveBackScript = """
        redis.call('XADD', KEYS[1], '*', 'job', ARGV[3], 'doc', ARGV[4])
        redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
        return redis.call('XDEL', KEYS[1], ARGV[2])
        """;

    private readonly RedisConnection _connection;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisWorkQueue> _logger;
    private readonly OutageRetry _retry;
    private readonly ConcurrentQueue<WorkItem> _buffer = new();
    private readonly ConcurrentDictionary<string, long> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _handedOut = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _cancelledJobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _unacknowledged = new();
    private int _buffered;

    public RedisWorkQueue(
        RedisConnection connection,
        IOptions<BatchEngineOptions> engineOptions,
        IOptions<RedisStorageOptions> redisOptions,
        TimeProvider timeProvider,
        ILogger<RedisWorkQueue> logger)
    {
        _connection = connection;
        _timeProvider = timeProvider;
        _logger = logger;
        _retry = new OutageRetry(redisOptions.Value.OutageRetryTimeout, timeProvider);
        Capacity = Math.Max(1, engineOptions.Value.WorkerCount) * redisOptions.Value.PrefetchPerWorker;
    }

    /// <summary>Pulsed when the buffer got items; parked workers wake.</summary>
    internal AsyncSignal WorkAvailable { get; } = new();

    /// <summary>Pulsed when the pump should look again (work enqueued here, buffer drained).</summary>
    internal AsyncSignal PumpWake { get; } = new();

    /// <summary>How many entries the local buffer may hold.</summary>
    internal int Capacity { get; }

    internal int FreeSlots => Capacity - Volatile.Read(ref _buffered);

    internal int BufferedCount => Volatile.Read(ref _buffered);

    internal int HeldCount => _held.Count;

    private IDatabase Db => _connection.Database;

    private RedisKey Stream => _connection.Keys.WorkStream;

    public async ValueTask EnqueueAsync(JobWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        // The job is stored already: wait out a short outage rather than leave its documents unscheduled.
        // A retry may add an entry twice; the second run finds the document finished and is skipped.
        await _retry.RunAsync(
            async () =>
            {
                var batch = Db.CreateBatch();
                var adds = work.DocIds.Select(docId => batch.StreamAddAsync(Stream, WorkEntries.Fields(work.JobId, docId))).ToArray();
                batch.Execute();
                return await Task.WhenAll(adds).ConfigureAwait(false);
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
                _handedOut.TryAdd(item.Receipt!, 0);
                return true;
            }

            // A cancelled job's entry: acknowledged by the pump, never handed out.
            ForgetAndAcknowledgeLater(item.Receipt!);
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

    public async ValueTask AcknowledgeAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.Receipt is not { } receipt)
        {
            return;
        }

        Forget(receipt);
        try
        {
            await AcknowledgeNowAsync([receipt]).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            // The result is stored already; only the stream entry lingers. The pump retries.
            QueueLog.AcknowledgeDeferred(_logger, receipt, exception);
            _unacknowledged.Enqueue(receipt);
        }
    }

    public async ValueTask ReleaseAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.Receipt is not { } receipt)
        {
            return;
        }

        Forget(receipt);
        try
        {
            await Db.ScriptEvaluateAsync(GiveBackScript, [Stream], [RedisKeys.ConsumerGroup, receipt, item.JobId, item.DocId])
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            // No longer renewed here, so another host (or this one) reclaims it after the visibility timeout.
            QueueLog.ReleaseFailed(_logger, receipt, exception);
        }
    }

    public ValueTask CancelJobAsync(string jobId, CancellationToken cancellationToken)
    {
        _cancelledJobs.TryAdd(jobId, 0);
        return ValueTask.CompletedTask;
    }

    /// <summary>Puts entries read by the pump into the buffer and starts renewing their claims.</summary>
    internal void Admit(IReadOnlyList<WorkItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var now = _timeProvider.GetTimestamp();
        foreach (var item in items)
        {
            _held.TryAdd(item.Receipt!, now);
            _buffer.Enqueue(item);
            Interlocked.Increment(ref _buffered);
        }

        WorkAvailable.Pulse();
    }

    /// <summary>
    /// After an outage: a worker whose store call failed dropped its item without acknowledging or giving it
    /// back, and the queue cannot tell which ones. Stop renewing every handed-out claim, so each is taken over
    /// (by any host) after the visibility timeout; a run that did finish is not counted twice.
    /// </summary>
    internal int ForgetHandedOutClaims()
    {
        var forgotten = 0;
        foreach (var receipt in _handedOut.Keys)
        {
            Forget(receipt);
            forgotten++;
        }

        return forgotten;
    }

    internal bool Holds(string receipt) => _held.ContainsKey(receipt);

    internal bool IsCancelledHere(string jobId) => _cancelledJobs.ContainsKey(jobId);

    /// <summary>Receipts whose claims this host renews, with the timestamp it got each.</summary>
    internal IEnumerable<KeyValuePair<string, long>> HeldReceipts => _held;

    internal void StopRenewing(string receipt) => _held.TryRemove(receipt, out _);

    internal async Task AcknowledgeNowAsync(IReadOnlyCollection<string> receipts)
    {
        if (receipts.Count == 0)
        {
            return;
        }

        RedisValue[] arguments = [RedisKeys.ConsumerGroup, .. receipts.Select(r => (RedisValue)r)];
        await Db.ScriptEvaluateAsync(AcknowledgeScript, [Stream], arguments).ConfigureAwait(false);
    }

    internal void ForgetAndAcknowledgeLater(string receipt)
    {
        Forget(receipt);
        _unacknowledged.Enqueue(receipt);
        PumpWake.Pulse();
    }

    /// <summary>Acknowledges what could not be acknowledged earlier; put back on failure.</summary>
    internal async Task FlushAcknowledgementsAsync()
    {
        var receipts = new List<string>();
        while (receipts.Count < 500 && _unacknowledged.TryDequeue(out var receipt))
        {
            receipts.Add(receipt);
        }

        try
        {
            await AcknowledgeNowAsync(receipts).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            receipts.ForEach(_unacknowledged.Enqueue);
            throw;
        }
    }

    private void Forget(string receipt)
    {
        _held.TryRemove(receipt, out _);
        _handedOut.TryRemove(receipt, out _);
    }

    /// <summary>Takes every buffered, unclaimed item back out (on shutdown, to give them back to the stream).</summary>
    internal List<WorkItem> DrainBuffer()
    {
        var items = new List<WorkItem>();
        while (_buffer.TryDequeue(out var item))
        {
            Interlocked.Decrement(ref _buffered);
            items.Add(item);
        }

        return items;
    }
}
