namespace BatchEngine.Storage.Redis.Queue;

/// <summary>The per-job half of the queue: scripts on one job's slot, KEYS [1] job hash, [2] its queue, [3] its claims.</summary>
internal static class QueueScripts
{
    /// <summary>
    /// ARGV[1] how many, ARGV[2] claim deadline (unix ms). Takes documents off the front of the job's queue
    /// and claims them. Answers { documents left, ids... }, or { -1 } when the job is finished, cancelled or
    /// gone (its queue is dropped: a cancel stops claims at once).
    /// </summary>
    internal const string Claim = """
        local s = redis.call('HMGET', KEYS[1], 'status', 'cancel_requested')
        if not s[1] or s[2] == '1' or s[1] == 'completed' or s[1] == 'failed' or s[1] == 'cancelled' then
          redis.call('DEL', KEYS[2])
          return { -1 }
        end
        local ids = redis.call('LPOP', KEYS[2], ARGV[1])
        if not ids then return { 0 } end
        local out = { redis.call('LLEN', KEYS[2]) }
        for _, id in ipairs(ids) do
          redis.call('ZADD', KEYS[3], ARGV[2], id)
          out[#out + 1] = id
        end
        return out
        """;

    /// <summary>ARGV[1] document. Gives a claimed document back to the front of its job's queue (unless the job ended).</summary>
    internal const string GiveBack = """
        redis.call('ZREM', KEYS[3], ARGV[1])
        local s = redis.call('HMGET', KEYS[1], 'status', 'cancel_requested')
        if not s[1] or s[2] == '1' or s[1] == 'completed' or s[1] == 'failed' or s[1] == 'cancelled' then return 0 end
        redis.call('LPUSH', KEYS[2], ARGV[1])
        return 1
        """;
}
