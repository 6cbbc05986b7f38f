using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Health;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Storage.Redis.Queue;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>
/// One "host" of the Redis adapter in process, without the engine: its store, queue, pump and health check,
/// so queue tests can play several hosts and workers by hand.
/// </summary>
internal sealed class RedisNode : IAsyncDisposable
{
    private bool _stopped;

    public RedisNode(
        string connectionString,
        string prefix,
        string name,
        TimeSpan? visibilityTimeout = null,
        int workers = 2,
        TimeSpan? documentTimeout = null,
        TimeProvider? timeProvider = null)
    {
        var redis = Options.Create(new RedisStorageOptions
        {
            ConnectionString = connectionString,
            KeyPrefix = prefix,
            ConsumerName = name,
            VisibilityTimeout = visibilityTimeout ?? TimeSpan.FromSeconds(30),
            PollInterval = TimeSpan.FromMilliseconds(50),
            MaxRetryDelay = TimeSpan.FromMilliseconds(500),
            FinishedJobTtl = TimeSpan.FromHours(1),
        });
        var engine = Options.Create(new BatchEngineOptions { WorkerCount = workers, DocumentTimeout = documentTimeout ?? TimeSpan.FromMinutes(1) });
        var time = timeProvider ?? TimeProvider.System;
        Connection = new RedisConnection(redis);
        Store = new RedisJobStore(Connection, redis, engine, time);
        Queue = new RedisWorkQueue(Connection, Store.Locator, Store.Holders, engine, redis, time, NullLogger<RedisWorkQueue>.Instance);
        PumpHealth = new QueueHealth(time);
        Pump = new WorkPump(Connection, Queue, Store, PumpHealth, redis, time, NullLogger<WorkPump>.Instance);
        Health = new RedisHealthCheck(Connection, Queue, PumpHealth);
    }

    public RedisConnection Connection { get; }

    public RedisJobStore Store { get; }

    public RedisWorkQueue Queue { get; }

    public QueueHealth PumpHealth { get; }

    public WorkPump Pump { get; }

    public RedisHealthCheck Health { get; }

    public Task StartAsync() => Pump.StartAsync(CancellationToken.None);

    /// <summary>
    /// Stops the pump like a dying host: no more claims nor renewals (the whole stop, with no engine to drain),
    /// claimed items stay claimed by this consumer until they run out.
    /// </summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await Pump.StopAsync(CancellationToken.None);
            await Pump.StoppedAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits (parked, not spinning) until an item can be claimed, or fails after the timeout.</summary>
    public async Task<global::BatchEngine.Scheduling.WorkItem> ClaimAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (Queue.TryClaim(out var item))
            {
                return item;
            }

            await Queue.WaitForWorkAsync(cancel.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Pump.Dispose();
        Connection.Dispose();
    }
}
