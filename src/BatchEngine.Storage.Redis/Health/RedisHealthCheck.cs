using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Queue;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Health;

/// <summary>
/// Pings Redis and reports the shared queue: jobs with documents waiting, jobs with work not yet finished,
/// and this host's local buffer. Unhealthy when Redis does not answer or this host's pump cannot reach it.
/// Warns (in the description and <c>persistence</c>) when the server has no append-only file: jobs are only
/// durable with AOF (RDB snapshots lose the writes since the last one).
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection connection, RedisWorkQueue queue, QueueHealth pumpHealth) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["consumer"] = connection.ConsumerName,
            ["local_buffered"] = queue.BufferedCount,
            ["local_held"] = queue.HeldCount,
        };
        try
        {
            var db = connection.Database;
            var ping = db.PingAsync();
            var active = db.SortedSetLengthAsync(ActiveJobIndex.Active(connection.Keys));
            var working = db.SetLengthAsync(connection.Keys.WorkingJobs);
            var persistence = PersistenceAsync(db);
            data["ping_ms"] = Math.Round((await ping.WaitAsync(cancellationToken).ConfigureAwait(false)).TotalMilliseconds, 2);
            data["active_jobs"] = await active.WaitAsync(cancellationToken).ConfigureAwait(false);
            data["working_jobs"] = await working.WaitAsync(cancellationToken).ConfigureAwait(false);
            data["persistence"] = await persistence.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFaults.IsRedisFault(exception))
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception, data);
        }

        if (!pumpHealth.IsReachable)
        {
            data["pump_error"] = pumpHealth.LastError ?? string.Empty;
            return HealthCheckResult.Unhealthy("This host's work queue cannot reach Redis.", data: data);
        }

        return (string)data["persistence"] == "none"
            ? HealthCheckResult.Healthy("Redis answers, but keeps nothing on disk (append-only file off): jobs are lost if it restarts.", data)
            : HealthCheckResult.Healthy("Redis answers.", data);
    }

    /// <summary>"aof" when the server appends every write to its log, "none" otherwise. Asked from a script: the client allows INFO only in admin mode.</summary>
    private static async Task<string> PersistenceAsync(IDatabase db)
    {
        var info = (string?)await db.ScriptEvaluateAsync("return redis.call('INFO', 'persistence')").ConfigureAwait(false) ?? string.Empty;
        return info.Contains("aof_enabled:1", StringComparison.Ordinal) ? "aof" : "none";
    }
}
