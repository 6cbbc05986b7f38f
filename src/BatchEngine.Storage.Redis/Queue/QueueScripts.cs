namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// The per-job half of the queue: scripts on one job's slot, KEYS [1] job hash, [2] its queue, [3] its claims,
/// [4] its holders (document -> holder token of the claim that holds it).
/// </summary>
internal static class QueueScripts
{
    /// <summary>
    /// ARGV[1] how many, ARGV[2] claim deadline (unix ms), ARGV[3] holder token. Takes documents off the front
    /// of the job's queue and claims them under the token. Answers { documents left, ids... }, or { -1 } when
    /// the job is finished, cancelled or gone (its queue is dropped: a cancel stops claims at once).
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
          redis.call('HSET', KEYS[4], id, ARGV[3])
          out[#out + 1] = id
        end
        return out
        """;

    /// <summary>
    /// ARGV[1] document, ARGV[2] holder token. Gives a claimed document back to the front of its job's queue
    /// (unless the job ended); nothing when the token no longer holds it (another host took it over).
    /// </summary>
    internal const string GiveBack = """
        if redis.call('HGET', KEYS[4], ARGV[1]) ~= ARGV[2] then return 0 end
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('HDEL', KEYS[4], ARGV[1])
        local s = redis.call('HMGET', KEYS[1], 'status', 'cancel_requested')
        if not s[1] or s[2] == '1' or s[1] == 'completed' or s[1] == 'failed' or s[1] == 'cancelled' then return 0 end
        redis.call('LPUSH', KEYS[2], ARGV[1])
        return 1
        """;

    /// <summary>ARGV[1] document, ARGV[2] holder token. Drops the claim, only while the token still holds it.</summary>
    internal const string Acknowledge = """
        if redis.call('HGET', KEYS[4], ARGV[1]) ~= ARGV[2] then return 0 end
        redis.call('ZREM', KEYS[3], ARGV[1])
        redis.call('HDEL', KEYS[4], ARGV[1])
        return 1
        """;

    /// <summary>
    /// ARGV[1] new deadline (unix ms), then pairs of document and holder token. Extends each claim the token still
    /// holds; answers { 1 when the job was cancelled (or is gone), else 0, then the documents it no longer holds
    /// (taken over, ended elsewhere) }. The cancel flag backs the cancel channel up when a message was missed.
    /// </summary>
    internal const string Renew = """
        local s = redis.call('HMGET', KEYS[1], 'status', 'cancel_requested')
        local lost = { (not s[1] or s[2] == '1') and 1 or 0 }
        for i = 2, #ARGV, 2 do
          if redis.call('HGET', KEYS[4], ARGV[i]) == ARGV[i + 1] then
            redis.call('ZADD', KEYS[3], 'XX', ARGV[1], ARGV[i])
          else
            lost[#lost + 1] = ARGV[i]
          end
        end
        return lost
        """;
}
