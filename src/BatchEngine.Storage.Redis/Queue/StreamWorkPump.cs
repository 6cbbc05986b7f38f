using BatchEngine.Jobs;
using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// This host's link to the shared stream: reads new entries (XREADGROUP) into the local buffer, renews the
/// claims it holds (XCLAIM), takes over entries a dead host stopped renewing (XAUTOCLAIM) after putting their
/// documents back to pending, and retries with backoff while Redis is unreachable.
/// </summary>
internal sealed class StreamWorkPump(
    RedisConnection connection,
    RedisWorkQueue queue,
    RedisJobStore store,
    QueueHealth health,
    IOptions<RedisStorageOptions> redisOptions,
    IOptions<BatchEngineOptions> engineOptions,
    TimeProvider timeProvider,
    ILogger<StreamWorkPump> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan StaleConsumerIdle = TimeSpan.FromHours(1);
    private readonly RedisStorageOptions _options = redisOptions.Value;
    private readonly TimeSpan _renewEvery = redisOptions.Value.VisibilityTimeout / 3;
    private readonly TimeSpan _reclaimEvery = redisOptions.Value.VisibilityTimeout / 2;

    // A claim is renewed at most this long: past it the worker is stuck and another host may take the document.
    private readonly TimeSpan _longestHold = engineOptions.Value.DocumentTimeout + redisOptions.Value.VisibilityTimeout;
    private RedisValue _reclaimCursor = "0-0";
    private long _nextRenew;
    private long _nextReclaim;

    private IDatabase Db => connection.Database;

    private RedisKey Stream => connection.Keys.WorkStream;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var retryDelay = TimeSpan.Zero;
        var outageStarted = 0L;
        var groupReady = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    await EnsureGroupAsync().ConfigureAwait(false);
                    groupReady = true;
                }

                var wake = queue.PumpWake.Next; // taken first: a pulse during the read is not lost
                var read = await PumpOnceAsync().ConfigureAwait(false);
                if (retryDelay != TimeSpan.Zero)
                {
                    // Workers' store calls wait out an outage up to OutageRetryTimeout; past it some gave up and
                    // dropped their items, so every item handed out is left to be taken over.
                    var dropped = timeProvider.GetElapsedTime(outageStarted) >= _options.OutageRetryTimeout ? queue.ForgetHandedOutClaims() : 0;
                    QueueLog.RedisBack(logger, dropped);
                    retryDelay = TimeSpan.Zero;
                }

                health.Reachable();
                if (read == 0 || queue.FreeSlots <= 0)
                {
                    await Task.WhenAny(wake, Task.Delay(_options.PollInterval, timeProvider, stoppingToken)).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (RedisFaults.IsRedisFault(exception) && !stoppingToken.IsCancellationRequested)
            {
                // Also covers a Redis that came back empty (NOGROUP): the group is created again.
                groupReady = false;
                if (retryDelay == TimeSpan.Zero)
                {
                    outageStarted = timeProvider.GetTimestamp();
                }

                health.Unreachable(exception);
                retryDelay = retryDelay == TimeSpan.Zero ? FirstRetryDelay : TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, _options.MaxRetryDelay.Ticks));
                QueueLog.RedisUnavailable(logger, retryDelay, exception);
                await DelayQuietlyAsync(retryDelay, stoppingToken).ConfigureAwait(false);
            }
        }

        await GiveBackBufferAsync().ConfigureAwait(false);
    }

    private async Task<int> PumpOnceAsync()
    {
        await queue.FlushAcknowledgementsAsync().ConfigureAwait(false);
        var now = timeProvider.GetTimestamp();
        if (now >= _nextRenew)
        {
            await RenewAsync().ConfigureAwait(false);
            _nextRenew = now + Ticks(_renewEvery);
        }

        if (now >= _nextReclaim)
        {
            await ReclaimAsync().ConfigureAwait(false);
            _nextReclaim = now + Ticks(_reclaimEvery);
        }

        var free = queue.FreeSlots;
        if (free <= 0)
        {
            return 0;
        }

        var entries = await Db.StreamReadGroupAsync(Stream, RedisKeys.ConsumerGroup, connection.ConsumerName, StreamPosition.NewMessages, free)
            .ConfigureAwait(false);
        await AdmitAsync(entries, reclaimed: false).ConfigureAwait(false);
        return entries.Length;
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            await Db.StreamCreateConsumerGroupAsync(Stream, RedisKeys.ConsumerGroup, "0-0", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another host (or an earlier run) created it.
        }

        // Hosts restarted under new names leave consumers behind; drop those that hold nothing and are long idle.
        foreach (var consumer in await Db.StreamConsumerInfoAsync(Stream, RedisKeys.ConsumerGroup).ConfigureAwait(false))
        {
            if (consumer.PendingMessageCount == 0 && consumer.IdleTimeInMilliseconds > StaleConsumerIdle.TotalMilliseconds && consumer.Name != connection.ConsumerName)
            {
                await Db.StreamDeleteConsumerAsync(Stream, RedisKeys.ConsumerGroup, consumer.Name).ConfigureAwait(false);
            }
        }
    }

    private async Task RenewAsync()
    {
        var cutoff = timeProvider.GetTimestamp() - Ticks(_longestHold);
        var renew = new List<RedisValue>();
        foreach (var (receipt, since) in queue.HeldReceipts)
        {
            if (since < cutoff)
            {
                queue.StopRenewing(receipt);
            }
            else
            {
                renew.Add(receipt);
            }
        }

        foreach (var chunk in renew.Chunk(500))
        {
            // XCLAIM with min-idle 0 resets the idle time: the visibility timeout starts again.
            var kept = await Db.StreamClaimIdsOnlyAsync(Stream, RedisKeys.ConsumerGroup, connection.ConsumerName, 0, chunk).ConfigureAwait(false);
            var keptSet = kept.Select(id => (string)id!).ToHashSet(StringComparer.Ordinal);
            foreach (var receipt in chunk)
            {
                if (!keptSet.Contains(receipt!))
                {
                    queue.StopRenewing(receipt!);
                }
            }
        }
    }

    private async Task ReclaimAsync()
    {
        var free = queue.FreeSlots;
        if (free <= 0)
        {
            return;
        }

        var result = await Db.StreamAutoClaimAsync(
            Stream, RedisKeys.ConsumerGroup, connection.ConsumerName, (long)_options.VisibilityTimeout.TotalMilliseconds, _reclaimCursor, free)
            .ConfigureAwait(false);
        _reclaimCursor = result.NextStartId.IsNullOrEmpty ? "0-0" : result.NextStartId;
        if (result.DeletedIds.Length > 0)
        {
            await queue.AcknowledgeNowAsync(result.DeletedIds.Select(id => (string)id!).ToList()).ConfigureAwait(false);
        }

        var admitted = await AdmitAsync(result.ClaimedEntries, reclaimed: true).ConfigureAwait(false);
        if (admitted > 0)
        {
            QueueLog.Reclaimed(logger, admitted);
        }
    }

    /// <summary>Buffers the entries whose jobs still run; acknowledges the rest. Returns how many were buffered.</summary>
    private async Task<int> AdmitAsync(StreamEntry[] entries, bool reclaimed)
    {
        if (entries.Length == 0)
        {
            return 0;
        }

        var items = new List<WorkItem>(entries.Length);
        var skip = new List<string>();
        foreach (var entry in entries)
        {
            if (WorkEntries.TryRead(entry, out var item))
            {
                items.Add(item);
            }
            else
            {
                skip.Add(entry.Id!);
            }
        }

        var statuses = await store.GetJobStatusesAsync(items.Select(i => i.JobId)).ConfigureAwait(false);
        var runnable = new List<WorkItem>(items.Count);
        foreach (var item in items)
        {
            if (statuses[item.JobId] is JobStatus.Pending or JobStatus.Processing && !queue.IsCancelledHere(item.JobId))
            {
                // An entry this host still holds (its renewal was late) is already buffered or running here.
                if (!(reclaimed && queue.Holds(item.Receipt!)))
                {
                    runnable.Add(item);
                }
            }
            else
            {
                QueueLog.Skipped(logger, item.Receipt!);
                skip.Add(item.Receipt!);
            }
        }

        if (reclaimed)
        {
            // Its previous host died mid-document: back to pending, so a worker here can start it again.
            await Task.WhenAll(runnable.Select(i => store.ReleaseDocumentAsync(i.DocId, CancellationToken.None))).ConfigureAwait(false);
        }

        await queue.AcknowledgeNowAsync(skip).ConfigureAwait(false);
        queue.Admit(runnable);
        return runnable.Count;
    }

    private async Task GiveBackBufferAsync()
    {
        // Unstarted items go back to the stream now rather than waiting out the visibility timeout.
        foreach (var item in queue.DrainBuffer())
        {
            await queue.ReleaseAsync(item, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * timeProvider.TimestampFrequency);
}
