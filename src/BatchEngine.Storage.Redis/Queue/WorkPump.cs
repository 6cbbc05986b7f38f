using BatchEngine.Scheduling;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// This host's link to the shared queue (design in <see cref="RedisWorkQueue"/>): claims documents into the
/// local buffer (a pick from the active-job index, then a claim per picked job, pipelined), renews the
/// claims it holds, takes over claims a dead host let run out, and retries with backoff while Redis is
/// unreachable. Idle, it waits for a pub/sub nudge (work enqueued or given back by any host), with
/// <see cref="RedisStorageOptions.PollInterval"/> as a fallback.
/// <para>
/// Stopping: the host stops this service before the engine (hosted services stop in reverse order), so it stops
/// claiming and gives its buffer back at once, but goes on renewing the claims of documents the workers still
/// run until they are acknowledged or given back, or the host has stopped (<see cref="StoppedAsync"/>).
/// </para>
/// </summary>
internal sealed class WorkPump(
    RedisConnection connection,
    RedisWorkQueue queue,
    RedisJobStore store,
    QueueHealth health,
    IOptions<RedisStorageOptions> redisOptions,
    TimeProvider timeProvider,
    ILogger<WorkPump> logger) : BackgroundService, IHostedLifecycleService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private readonly RedisStorageOptions _options = redisOptions.Value;
    private readonly TimeSpan _renewEvery = redisOptions.Value.VisibilityTimeout / 3;
    private readonly TimeSpan _reclaimEvery = redisOptions.Value.VisibilityTimeout / 2;
    private readonly CancellationTokenSource _drained = new();
    private Task _renewWhileDraining = Task.CompletedTask;
    private long _nextRenew;
    private long _nextReclaim;
    private bool _subscribed;

    private IDatabase Db => connection.Database;

    private RedisKeys Keys => connection.Keys;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var retryDelay = TimeSpan.Zero;
        var outageStarted = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SubscribeAsync().ConfigureAwait(false);
                var wake = queue.PumpWake.Next; // taken first: a pulse during the claim is not lost
                var again = await PumpOnceAsync().ConfigureAwait(false);
                if (retryDelay != TimeSpan.Zero)
                {
                    // Workers' store calls wait out an outage up to OutageRetryTimeout; past it some gave up and
                    // dropped their items, so every item handed out is left to be taken over.
                    var dropped = timeProvider.GetElapsedTime(outageStarted) >= _options.OutageRetryTimeout ? queue.ForgetHandedOutClaims() : 0;
                    QueueLog.RedisBack(logger, dropped);
                    retryDelay = TimeSpan.Zero;
                }

                health.Reachable();
                if (!again || queue.FreeSlots <= 0)
                {
                    await Task.WhenAny(wake, Task.Delay(IdleWait(), timeProvider, stoppingToken)).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (RedisFaults.IsRedisFault(exception) && !stoppingToken.IsCancellationRequested)
            {
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

    private async Task SubscribeAsync()
    {
        if (_subscribed)
        {
            return;
        }

        // The multiplexer re-subscribes by itself after a reconnect.
        await connection.Subscriber.SubscribeAsync(Keys.Nudge, (_, _) => queue.PumpWake.Pulse()).ConfigureAwait(false);
        await connection.Subscriber.SubscribeAsync(Keys.Cancelled, (_, jobId) => queue.JobCancelledElsewhere((string)jobId!)).ConfigureAwait(false);
        _subscribed = true;
    }

    /// <summary>One round: renew and reclaim when due, then claim into the free slots. True when it is worth claiming again at once.</summary>
    private async Task<bool> PumpOnceAsync()
    {
        var now = timeProvider.GetTimestamp();
        if (now >= _nextRenew)
        {
            await RenewAsync().ConfigureAwait(false);
            _nextRenew = now + Ticks(_renewEvery);
        }

        if (now >= _nextReclaim)
        {
            await ReclaimAsync().ConfigureAwait(false);
            queue.ForgetOldCancels();
            var requeued = await StuckPendingSweep.RunAsync(Db, Keys, timeProvider.GetUtcNow().Subtract(_options.VisibilityTimeout).ToUnixTimeMilliseconds())
                .ConfigureAwait(false);
            if (requeued > 0)
            {
                QueueLog.RequeuedStuckPending(logger, (int)requeued);
            }

            _nextReclaim = now + Ticks(_reclaimEvery);
        }

        var free = queue.FreeSlots;
        return free > 0 && await ClaimAsync(free).ConfigureAwait(false);
    }

    private async Task<bool> ClaimAsync(int free)
    {
        var picks = (RedisValue[])(await Db.ScriptEvaluateAsync(ActiveJobIndex.Pick, [ActiveJobIndex.Active(Keys), ActiveJobIndex.Cursor(Keys)], [free])
            .ConfigureAwait(false))!;
        if (picks.Length == 0)
        {
            return false;
        }

        var shares = picks.GroupBy(p => (string)p!, StringComparer.Ordinal).Select(g => (JobId: g.Key, Count: g.Count())).ToList();
        var deadline = ClaimDeadline();
        var holder = connection.ConsumerName + ":" + OperationIds.New();
        var batch = Db.CreateBatch();
        var claims = shares.Select(s => batch.ScriptEvaluateAsync(QueueScripts.Claim, queue.ClaimKeys(s.JobId), [s.Count, deadline, holder])).ToArray();
        batch.Execute();
        var answers = await Task.WhenAll(claims).ConfigureAwait(false);

        var items = new List<WorkItem>(free);
        var drained = new List<string>();
        for (var i = 0; i < shares.Count; i++)
        {
            var answer = (RedisValue[])answers[i]!;
            if ((long)answer[0] <= 0)
            {
                drained.Add(shares[i].JobId);
            }

            for (var j = 1; j < answer.Length; j++)
            {
                if (!queue.IsCancelledHere(shares[i].JobId))
                {
                    items.Add(new WorkItem(shares[i].JobId, answer[j]!, holder));
                }
            }
        }

        if (drained.Count > 0)
        {
            // Nothing waits in these jobs any more: out of the index until something is enqueued or given back.
            await ActiveJobIndex.DeactivateAsync(Db, Keys, drained).ConfigureAwait(false);
        }

        queue.Admit(items);
        return true;
    }

    /// <summary>
    /// Extends every claim this host holds, buffered or running, however long the run takes: a claim ends when
    /// its worker acknowledges or gives it back. A claim whose token no longer holds its document is dropped.
    /// </summary>
    private async Task RenewAsync()
    {
        var renew = queue.HeldClaims.ToList();
        if (renew.Count == 0)
        {
            return;
        }

        var deadline = ClaimDeadline();
        var batch = Db.CreateBatch();
        var byJob = renew.GroupBy(c => c.Value.JobId, StringComparer.Ordinal).ToList();
        var writes = byJob
            .Select(g => batch.ScriptEvaluateAsync(
                QueueScripts.Renew,
                queue.ClaimKeys(g.Key),
                [deadline, .. g.SelectMany(c => new RedisValue[] { c.Key, c.Value.Token })]))
            .ToArray();
        batch.Execute();
        var answers = await Task.WhenAll(writes).ConfigureAwait(false);
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = (RedisValue[])answers[i]!;
            if ((long)answer[0] == 1)
            {
                queue.JobCancelledElsewhere(byJob[i].Key);
            }

            foreach (var lost in answer.Skip(1))
            {
                queue.LostClaim(lost!);
            }
        }
    }

    private async Task ReclaimAsync()
    {
        var jobs = (await Db.SetMembersAsync(Keys.WorkingJobs).ConfigureAwait(false)).Select(j => (string)j!).ToArray();
        if (jobs.Length == 0)
        {
            return;
        }

        var batch = Db.CreateBatch();
        var scans = jobs.Select(j => batch.ScriptEvaluateAsync(JobScripts.Reclaim, store.JobKeys(j), store.Arguments(j, OperationIds.New(), []))).ToArray();
        batch.Execute();
        var answers = await Task.WhenAll(scans).ConfigureAwait(false);

        var takenOver = 0L;
        var follow = Db.CreateBatch();
        var writes = new List<Task>();
        for (var i = 0; i < jobs.Length; i++)
        {
            var answer = (RedisResult[])answers[i]!;
            var moved = (long)answer[0];
            takenOver += moved;
            var waiting = (long)answer[4];
            var claimed = (long)answer[5];
            if ((long)answer[6] == 0 || (waiting == 0 && claimed == 0))
            {
                ActiveJobIndex.Forget(follow, Keys, jobs[i]);
            }
            else if (waiting > 0)
            {
                // Also heals a job that left the index while a document was given back to it.
                writes.Add(ActiveJobIndex.ActivateAsync(follow, Keys, jobs[i], priority: null));
            }

            if (moved > 0)
            {
                writes.Add(store.FollowAsync(jobs[i], answers[i]));
            }
        }

        follow.Execute();
        await Task.WhenAll(writes).ConfigureAwait(false);
        if (takenOver > 0)
        {
            QueueLog.Reclaimed(logger, (int)takenOver);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (!_drained.IsCancellationRequested)
        {
            _renewWhileDraining = RenewWhileDrainingAsync(_drained.Token);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Every hosted service stopped (the engine drained): renewals end.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (!_drained.IsCancellationRequested)
        {
            await _drained.CancelAsync().ConfigureAwait(false);
        }

        await _renewWhileDraining.ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _drained.Cancel();
        _drained.Dispose();
        base.Dispose();
    }

    /// <summary>After the pump stopped: renews the claims of documents still running here until they end.</summary>
    private async Task RenewWhileDrainingAsync(CancellationToken drained)
    {
        await Task.Yield();
        while (!drained.IsCancellationRequested && queue.HeldCount > 0)
        {
            try
            {
                await RenewAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
            {
                // Unreachable for now: try again at the next turn; a claim that ran out meanwhile is taken over.
                QueueLog.RedisUnavailable(logger, _renewEvery, exception);
            }

            await DelayQuietlyAsync(_renewEvery, drained).ConfigureAwait(false);
        }
    }

    private async Task GiveBackBufferAsync()
    {
        // Unstarted items go back to their jobs' queues now rather than waiting for their claims to run out.
        try
        {
            await queue.GiveBackAsync(queue.DrainBuffer()).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            QueueLog.ReleaseFailed(logger, "buffered documents", exception);
        }
    }

    /// <summary>Idle: until a nudge, the fallback poll, or the next renewal or reclaim, whichever comes first.</summary>
    private TimeSpan IdleWait()
    {
        var now = timeProvider.GetTimestamp();
        var untilDue = Math.Max(0, Math.Min(_nextRenew, _nextReclaim) - now) / (double)timeProvider.TimestampFrequency;
        return TimeSpan.FromSeconds(Math.Min(untilDue, _options.PollInterval.TotalSeconds));
    }

    private long ClaimDeadline() => timeProvider.GetUtcNow().Add(_options.VisibilityTimeout).ToUnixTimeMilliseconds();

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
