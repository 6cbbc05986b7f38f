using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Queue;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Health;

/// <summary>
/// Pings Redis and reports the shared queue: entries waiting for a host, entries claimed but not yet
/// acknowledged, and this host's local buffer. Unhealthy when Redis does not answer or this host's pump cannot reach it.
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
            var stream = connection.Keys.WorkStream;
            var ping = db.PingAsync();
            var length = db.StreamLengthAsync(stream);
            var pending = db.ExecuteAsync("XPENDING", stream, RedisKeys.ConsumerGroup);
            data["ping_ms"] = Math.Round((await ping.WaitAsync(cancellationToken).ConfigureAwait(false)).TotalMilliseconds, 2);
            var streamLength = await length.WaitAsync(cancellationToken).ConfigureAwait(false);
            var pendingClaims = await PendingCountAsync(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
            data["pending_claims"] = pendingClaims;
            // Acknowledged entries are deleted, so what is in the stream and not claimed is waiting for a host.
            data["queue_depth"] = Math.Max(0, streamLength - pendingClaims);
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

        return HealthCheckResult.Healthy("Redis answers.", data);
    }

    private static async Task<long> PendingCountAsync(Task<RedisResult> pending)
    {
        try
        {
            // XPENDING summary: [count, smallest id, greatest id, consumers].
            var summary = (RedisResult[])(await pending.ConfigureAwait(false))!;
            return (long)summary[0];
        }
        catch (RedisServerException exception) when (exception.Message.Contains("NOGROUP", StringComparison.Ordinal))
        {
            return 0;
        }
    }
}
