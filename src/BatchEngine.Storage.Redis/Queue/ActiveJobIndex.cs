using BatchEngine.Storage.Redis.Connection;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// The cross-job half of the queue, on the <c>{queue}</c> hash tag: one sorted set of the jobs that have
/// documents waiting, scored so that a lower score is served first — (2^20 - priority) * 10^9 + a turn
/// number. A pick takes the lowest score and gives the job a fresh turn number (INCR of the cursor key),
/// which moves it behind every job of its priority and ahead of every job of a lower one: round-robin
/// within a priority, higher priority first, atomic across hosts. The set of working jobs (waiting or
/// claimed documents) lets any host find a dead host's claims.
/// </summary>
internal static class ActiveJobIndex
{
    /// <summary>KEYS[1] active set, KEYS[2] cursor. ARGV[1] how many picks. Returns job ids, one per pick (repeats allowed).</summary>
    internal const string Pick = """
        local picks = {}
        for i = 1, tonumber(ARGV[1]) do
          local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          if #top == 0 then break end
          local band = math.floor(tonumber(top[2]) / 1000000000)
          local turn = redis.call('INCR', KEYS[2]) % 1000000000
          redis.call('ZADD', KEYS[1], band * 1000000000 + turn, top[1])
          picks[#picks + 1] = top[1]
        end
        return picks
        """;

    /// <summary>
    /// KEYS[1] active set, KEYS[2] cursor, KEYS[3] working set, KEYS[4] job priorities. ARGV[1] job, ARGV[2]
    /// priority (empty: the one recorded at enqueue). Joins at the back of its priority.
    /// </summary>
    private const string Activate = """
        local priority = ARGV[2]
        if priority == '' then priority = redis.call('HGET', KEYS[4], ARGV[1]) or '0' end
        redis.call('HSET', KEYS[4], ARGV[1], priority)
        redis.call('SADD', KEYS[3], ARGV[1])
        if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
        local p = math.max(-1048575, math.min(1048575, tonumber(priority)))
        local turn = redis.call('INCR', KEYS[2]) % 1000000000
        redis.call('ZADD', KEYS[1], (1048576 - p) * 1000000000 + turn, ARGV[1])
        return 1
        """;

    public static RedisKey Active(RedisKeys keys) => keys.ActivePriorities;

    public static RedisKey Cursor(RedisKeys keys) => keys.ActivePriorities.Append(":cursor");

    public static RedisKey Priorities(RedisKeys keys) => keys.ActivePriorities.Append(":of-job");

    /// <summary>Makes the job claimable (again) and wakes idle hosts; a null priority keeps the one recorded at enqueue.</summary>
    public static Task ActivateAsync(IDatabaseAsync db, RedisKeys keys, string jobId, long? priority, CommandFlags flags = CommandFlags.None)
    {
        var activated = db.ScriptEvaluateAsync(
            Activate, [Active(keys), Cursor(keys), keys.WorkingJobs, Priorities(keys)], [jobId, priority?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty], flags);
        _ = db.PublishAsync(keys.Nudge, jobId, CommandFlags.FireAndForget);
        return activated;
    }

    /// <summary>The job has nothing waiting (or is finished): hosts stop picking it.</summary>
    public static Task DeactivateAsync(IDatabaseAsync db, RedisKeys keys, IEnumerable<string> jobIds, CommandFlags flags = CommandFlags.None) =>
        db.SortedSetRemoveAsync(Active(keys), jobIds.Select(j => (RedisValue)j).ToArray(), flags);

    /// <summary>The job is finished or gone: out of the active and the working set.</summary>
    public static void Forget(IDatabaseAsync db, RedisKeys keys, string jobId)
    {
        _ = db.SortedSetRemoveAsync(Active(keys), jobId, CommandFlags.FireAndForget);
        _ = db.SetRemoveAsync(keys.WorkingJobs, jobId, CommandFlags.FireAndForget);
        _ = db.HashDeleteAsync(Priorities(keys), jobId, CommandFlags.FireAndForget);
    }
}
