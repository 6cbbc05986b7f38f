using BatchEngine.Serialization;
using BatchEngine.Storage.Redis.Connection;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Queue;

/// <summary>
/// Finds jobs stored but never queued (the creating host died between CreateJobAsync and EnqueueAsync): pending,
/// older than the grace, with nothing waiting or claimed. They are queued again rather than failed, since their
/// documents and content are intact and only the enqueue was lost; a document queued twice is skipped on start.
/// </summary>
internal static class StuckPendingSweep
{
    // KEYS: [1] job hash, [2] documents list, [3] queue, [4] claims. ARGV[1] job key base.
    // Answers { documents queued, priority }.
    private const string Requeue = """
        local s = redis.call('HMGET', KEYS[1], 'status', 'cancel_requested', 'priority')
        if s[1] ~= 'pending' or s[2] == '1' then return { 0, 0 } end
        if redis.call('EXISTS', KEYS[3]) == 1 or redis.call('EXISTS', KEYS[4]) == 1 then return { 0, 0 } end
        local n = 0
        for _, id in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
          if redis.call('HGET', ARGV[1] .. 'doc:' .. id, 'status') == 'pending' then
            redis.call('RPUSH', KEYS[3], id)
            n = n + 1
          end
        end
        return { n, tonumber(s[3]) or 0 }
        """;

    /// <summary>Queues the documents of every stuck job created before <paramref name="createdBeforeMs"/>; answers how many.</summary>
    public static async Task<long> RunAsync(IDatabase db, RedisKeys keys, long createdBeforeMs)
    {
        // Listing order is creation ms * 1000 + a tie-breaker (RedisJobStore.CreateJobAsync).
        var jobs = await db.SortedSetRangeByScoreAsync(keys.JobsWithStatus(WireWords.Pending), double.NegativeInfinity, createdBeforeMs * 1000.0).ConfigureAwait(false);
        var queued = 0L;
        foreach (var job in jobs)
        {
            var jobId = (string)job!;
            var answer = (RedisResult[])(await db.ScriptEvaluateAsync(
                Requeue, [keys.Job(jobId), keys.JobDocuments(jobId), keys.JobQueue(jobId), keys.JobClaims(jobId)], [keys.JobBase(jobId)]).ConfigureAwait(false))!;
            if ((long)answer[0] > 0)
            {
                queued += (long)answer[0];
                await ActiveJobIndex.ActivateAsync(db, keys, jobId, (long)answer[1]).ConfigureAwait(false);
            }
        }

        return queued;
    }
}
