namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// The Lua scripts behind every state change. Redis runs a script alone, so a check and its update are one
/// step: two workers racing on a document cannot both count it. Arguments shared by all scripts:
/// ARGV[1] key prefix, ARGV[2] now (unix ms), ARGV[3] retention (ms, 0 keeps finished jobs).
/// </summary>
internal static class JobScripts
{
    /// <summary>The error of a job whose every document failed.</summary>
    internal const string EveryDocumentFailed = "Every document failed.";

    // Helpers every script starts with. A job moves between the per-status sorted sets as its status changes;
    // when it finishes, it joins the finished set and all its keys get the retention TTL.
    private const string Helpers = """
        local P = ARGV[1]
        local NOW = tonumber(ARGV[2])
        local RETENTION = tonumber(ARGV[3])
        local function terminal(s) return s == 'completed' or s == 'failed' or s == 'cancelled' end
        local function expire_job(jobId)
          if RETENTION <= 0 then return end
          local jk = P .. 'job:' .. jobId
          for _, d in ipairs(redis.call('LRANGE', jk .. ':docs', 0, -1)) do
            redis.call('PEXPIRE', P .. 'doc:' .. d, RETENTION)
          end
          redis.call('PEXPIRE', jk, RETENTION)
          redis.call('PEXPIRE', jk .. ':docs', RETENTION)
          redis.call('PEXPIRE', P .. 'content:' .. jobId, RETENTION)
        end
        local function set_status(jobId, old, new)
          local jk = P .. 'job:' .. jobId
          local created = redis.call('HGET', jk, 'created_at')
          redis.call('HSET', jk, 'status', new, 'updated_at', ARGV[2])
          redis.call('ZREM', P .. 'jobs:' .. old, jobId)
          redis.call('ZADD', P .. 'jobs:' .. new, created, jobId)
          if terminal(new) then
            redis.call('ZADD', P .. 'jobs:finished', NOW, jobId)
            expire_job(jobId)
          end
        end
        -- After a document changed: the job is finished when every document is terminal.
        local function settle(jobId)
          local jk = P .. 'job:' .. jobId
          local j = redis.call('HMGET', jk, 'status', 'total', 'completed', 'failed', 'cancelled')
          if not j[1] then return end
          redis.call('HSET', jk, 'updated_at', ARGV[2])
          if terminal(j[1]) then return end
          local total = tonumber(j[2])
          local failed = tonumber(j[4])
          if tonumber(j[3]) + failed + tonumber(j[5]) < total then return end
          if total > 0 and failed == total then
            redis.call('HSET', jk, 'error', ARGV[4])
            set_status(jobId, j[1], 'failed')
          else
            set_status(jobId, j[1], 'completed')
          end
        end
        local function move_progress(jobId, from, to)
          if to ~= from then
            redis.call('HINCRBYFLOAT', P .. 'job:' .. jobId, 'progress_sum', to - from)
          end
        end

        """;

    // ARGV[4] is always the "every document failed" error so settle() can use it.
    private static string Script(string body) => Helpers + body;

    /// <summary>KEYS[1] doc. ARGV[5] host. pending -> processing at 10%, attempts + 1; the job becomes processing.</summary>
    internal static readonly string Start = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress')
        if d[1] ~= 'pending' then return 0 end
        local jobId = d[2]
        local js = redis.call('HGET', P .. 'job:' .. jobId, 'status')
        if js ~= 'pending' and js ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'processing', 'progress', 10, 'updated_at', ARGV[2], 'host', ARGV[5])
        redis.call('HINCRBY', KEYS[1], 'attempts', 1)
        move_progress(jobId, tonumber(d[3]), 10)
        if js == 'pending' then set_status(jobId, js, 'processing') end
        redis.call('HSET', P .. 'job:' .. jobId, 'updated_at', ARGV[2])
        return 1
        """);

    /// <summary>KEYS[1] doc. ARGV[5] progress. Raises a processing document's progress, never lowers it.</summary>
    internal static readonly string Progress = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress')
        if d[1] ~= 'processing' then return 0 end
        local old = tonumber(d[3])
        local new = tonumber(ARGV[5])
        if new > old then
          redis.call('HSET', KEYS[1], 'progress', ARGV[5], 'updated_at', ARGV[2])
          move_progress(d[2], old, new)
          redis.call('HSET', P .. 'job:' .. d[2], 'updated_at', ARGV[2])
        end
        return 1
        """);

    /// <summary>KEYS[1] doc. ARGV[5] classification JSON. processing -> completed at 100%, counted once.</summary>
    internal static readonly string Complete = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress')
        if d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'completed', 'progress', 100, 'classification', ARGV[5], 'updated_at', ARGV[2])
        redis.call('HDEL', KEYS[1], 'error')
        move_progress(d[2], tonumber(d[3]), 100)
        redis.call('HINCRBY', P .. 'job:' .. d[2], 'completed', 1)
        settle(d[2])
        return 1
        """);

    /// <summary>KEYS[1] doc. ARGV[5] error. pending or processing -> failed at 0%, counted once.</summary>
    internal static readonly string Fail = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress')
        if d[1] ~= 'pending' and d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'failed', 'progress', 0, 'error', ARGV[5], 'updated_at', ARGV[2])
        move_progress(d[2], tonumber(d[3]), 0)
        redis.call('HINCRBY', P .. 'job:' .. d[2], 'failed', 1)
        settle(d[2])
        return 1
        """);

    /// <summary>KEYS[1] doc. processing -> pending at 0%.</summary>
    internal static readonly string Release = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress')
        if d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'pending', 'progress', 0, 'updated_at', ARGV[2])
        move_progress(d[2], tonumber(d[3]), 0)
        redis.call('HSET', P .. 'job:' .. d[2], 'updated_at', ARGV[2])
        return 1
        """);

    /// <summary>KEYS[1] doc. pending or processing -> cancelled, counted once.</summary>
    internal static readonly string CancelDocument = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id')
        if d[1] ~= 'pending' and d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'cancelled', 'updated_at', ARGV[2])
        redis.call('HINCRBY', P .. 'job:' .. d[2], 'cancelled', 1)
        settle(d[2])
        return 1
        """);

    /// <summary>ARGV[5] job id. The job becomes cancelled and so does every pending document.</summary>
    internal static readonly string CancelJob = Script("""
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        local js = redis.call('HGET', jk, 'status')
        if not js or terminal(js) then return 0 end
        local n = 0
        for _, id in ipairs(redis.call('LRANGE', jk .. ':docs', 0, -1)) do
          local dk = P .. 'doc:' .. id
          if redis.call('HGET', dk, 'status') == 'pending' then
            redis.call('HSET', dk, 'status', 'cancelled', 'updated_at', ARGV[2])
            n = n + 1
          end
        end
        redis.call('HINCRBY', jk, 'cancelled', n)
        set_status(jobId, js, 'cancelled')
        return 1
        """);

    /// <summary>ARGV[5] job id, ARGV[6] error. The job becomes failed with the error.</summary>
    internal static readonly string FailJob = Script("""
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        local js = redis.call('HGET', jk, 'status')
        if not js or terminal(js) then return 0 end
        redis.call('HSET', jk, 'error', ARGV[6])
        set_status(jobId, js, 'failed')
        return 1
        """);

    /// <summary>ARGV[5] job id. Removes the job, its documents and its index entries.</summary>
    internal static readonly string DeleteJob = Script("""
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        local js = redis.call('HGET', jk, 'status')
        if not js then return 0 end
        for _, id in ipairs(redis.call('LRANGE', jk .. ':docs', 0, -1)) do
          redis.call('DEL', P .. 'doc:' .. id)
        end
        redis.call('DEL', jk, jk .. ':docs')
        redis.call('ZREM', P .. 'jobs', jobId)
        redis.call('ZREM', P .. 'jobs:' .. js, jobId)
        redis.call('ZREM', P .. 'jobs:finished', jobId)
        return 1
        """);

    /// <summary>KEYS[1] doc. Removes one document; its job's total, counters and progress follow.</summary>
    internal static readonly string DeleteDocument = Script("""
        local d = redis.call('HMGET', KEYS[1], 'status', 'job_id', 'progress', 'doc_id')
        if not d[1] then return 0 end
        local jk = P .. 'job:' .. d[2]
        redis.call('DEL', KEYS[1])
        if redis.call('EXISTS', jk) == 0 then return 1 end
        redis.call('LREM', jk .. ':docs', 1, d[4])
        redis.call('HINCRBY', jk, 'total', -1)
        if d[1] == 'completed' or d[1] == 'failed' or d[1] == 'cancelled' then
          redis.call('HINCRBY', jk, d[1], -1)
        end
        move_progress(d[2], tonumber(d[3]), 0)
        settle(d[2])
        return 1
        """);

    /// <summary>KEYS[1] doc. ARGV[5] review JSON. Stores the review beside the classification.</summary>
    internal static readonly string SaveReview = Script("""
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'review', ARGV[5], 'updated_at', ARGV[2])
        return 1
        """);
}
