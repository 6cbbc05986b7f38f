namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// The Lua scripts behind every state change. Redis runs a script alone, so a check and its update are one
/// step: two workers racing on a document cannot both count it. The job hash keeps a tally of its documents
/// (a counter per status word and the sum of their progress), and every script re-derives the job's status
/// from it with the rules of <c>JobStatusRules</c>. Arguments shared by all scripts: ARGV[1] key prefix,
/// ARGV[2] now (unix ms), ARGV[3] retention (ms, 0 keeps finished jobs), ARGV[4] operation id; a script's
/// own arguments follow. A document transition records its operation id, so a call repeated after a timeout
/// (whose first try did run) answers "done" again instead of "not allowed".
/// </summary>
internal static class JobScripts
{
    // A job moves between the per-status sorted sets as its status changes; when it finishes it joins the
    // finished set (for retention) and all its keys get the retention TTL.
    private const string Helpers = """
        local P = ARGV[1]
        local NOW = ARGV[2]
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
        local function derive(jobId)
          local jk = P .. 'job:' .. jobId
          local j = redis.call('HMGET', jk, 'status', 'total', 'pending', 'completed', 'failed', 'cancelled', 'cancel_requested', 'job_error', 'order')
          if not j[1] then return end
          local total, pending, failed = tonumber(j[2]), tonumber(j[3]), tonumber(j[5])
          local status
          if j[7] == '1' then status = 'cancelled'
          elseif j[8] then status = 'failed'
          elseif total == 0 then status = 'completed'
          elseif tonumber(j[4]) + failed + tonumber(j[6]) == total then
            if failed == total then status = 'failed' else status = 'completed' end
          elseif pending == total then status = 'pending'
          else status = 'processing' end
          redis.call('HSET', jk, 'status', status, 'updated_at', NOW)
          if status == j[1] then return end
          redis.call('ZREM', P .. 'jobs:' .. j[1], jobId)
          redis.call('ZADD', P .. 'jobs:' .. status, j[9], jobId)
          if terminal(status) then
            redis.call('ZADD', P .. 'jobs:finished', NOW, jobId)
            expire_job(jobId)
          end
        end
        -- Moves one document in its job's tally: out of (status, progress) 'before', into 'after'.
        local function retally(jobId, before, beforeProgress, after, afterProgress)
          local jk = P .. 'job:' .. jobId
          if before ~= 'processing' then redis.call('HINCRBY', jk, before, -1) end
          if after ~= 'processing' then redis.call('HINCRBY', jk, after, 1) end
          local delta = tonumber(afterProgress) - tonumber(beforeProgress)
          if delta ~= 0 then redis.call('HINCRBYFLOAT', jk, 'progress_sum', delta) end
        end
        local function doc(key) return redis.call('HMGET', key, 'status', 'job_id', 'progress', 'doc_id') end
        -- Ends every pending document of a job in one status (cancel and fail-job share it); fields go into HSET.
        local function end_pending(jobId, status, ...)
          for _, id in ipairs(redis.call('LRANGE', P .. 'job:' .. jobId .. ':docs', 0, -1)) do
            local dk = P .. 'doc:' .. id
            local d = doc(dk)
            if d[1] == 'pending' then
              redis.call('HSET', dk, 'status', status, 'progress', 0, 'updated_at', NOW, ...)
              retally(jobId, 'pending', d[3], status, 0)
            end
          end
        end
        local OP = ARGV[4]
        local function repeated(key) return redis.call('HGET', key, 'op') == OP end
        local function done(key) redis.call('HSET', key, 'op', OP) return 1 end

        """;

    /// <summary>KEYS[1] doc. ARGV[5] host. pending -> processing at 10%, attempts + 1, error cleared.</summary>
    internal static readonly string Start = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'pending' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'processing', 'progress', 10, 'updated_at', NOW, 'host', ARGV[5])
        redis.call('HDEL', KEYS[1], 'error')
        redis.call('HINCRBY', KEYS[1], 'attempts', 1)
        retally(d[2], d[1], d[3], 'processing', 10)
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>KEYS[1] doc. ARGV[5] progress. Raises a processing document's progress, never lowers it.</summary>
    internal static readonly string Progress = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'processing' then return 0 end
        if tonumber(ARGV[5]) > tonumber(d[3]) then
          redis.call('HSET', KEYS[1], 'progress', ARGV[5], 'updated_at', NOW)
          retally(d[2], d[1], d[3], d[1], ARGV[5])
        else
          redis.call('HSET', KEYS[1], 'updated_at', NOW)
        end
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>KEYS[1] doc. ARGV[5] classification JSON. processing -> completed at 100%, counted once.</summary>
    internal static readonly string Complete = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'completed', 'progress', 100, 'classification', ARGV[5], 'updated_at', NOW)
        retally(d[2], d[1], d[3], 'completed', 100)
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>KEYS[1] doc. ARGV[5] error. pending or processing -> failed at 0%, counted once.</summary>
    internal static readonly string Fail = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'pending' and d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'failed', 'progress', 0, 'error', ARGV[5], 'updated_at', NOW)
        retally(d[2], d[1], d[3], 'failed', 0)
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>KEYS[1] doc. processing -> pending at 0%.</summary>
    internal static readonly string Release = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'pending', 'progress', 0, 'updated_at', NOW)
        retally(d[2], d[1], d[3], 'pending', 0)
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>KEYS[1] doc. pending or processing -> cancelled at 0%, counted once.</summary>
    internal static readonly string CancelDocument = Helpers + """
        if repeated(KEYS[1]) then return 1 end
        local d = doc(KEYS[1])
        if d[1] ~= 'pending' and d[1] ~= 'processing' then return 0 end
        redis.call('HSET', KEYS[1], 'status', 'cancelled', 'progress', 0, 'updated_at', NOW)
        retally(d[2], d[1], d[3], 'cancelled', 0)
        derive(d[2])
        return done(KEYS[1])
        """;

    /// <summary>ARGV[5] job id. The job becomes cancelled and so does every pending document.</summary>
    internal static readonly string CancelJob = Helpers + """
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        local js = redis.call('HGET', jk, 'status')
        if not js or terminal(js) then return 0 end
        redis.call('HSET', jk, 'cancel_requested', '1')
        end_pending(jobId, 'cancelled')
        derive(jobId)
        return 1
        """;

    /// <summary>ARGV[5] job id, ARGV[6] error. The job fails with the error, and so does every pending document.</summary>
    internal static readonly string FailJob = Helpers + """
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        local js = redis.call('HGET', jk, 'status')
        if not js or terminal(js) then return 0 end
        redis.call('HSET', jk, 'job_error', ARGV[6])
        end_pending(jobId, 'failed', 'error', ARGV[6])
        derive(jobId)
        return 1
        """;

    /// <summary>ARGV[5] job id. Removes the job, its documents and its index entries; 0 when the job was unknown (or had expired).</summary>
    internal static readonly string DeleteJob = Helpers + """
        local jobId = ARGV[5]
        local jk = P .. 'job:' .. jobId
        -- The index entries go even when the job's keys already expired by TTL (retention deletes it then).
        for _, index in ipairs({'jobs', 'jobs:finished', 'jobs:pending', 'jobs:processing', 'jobs:completed', 'jobs:failed', 'jobs:cancelled'}) do
          redis.call('ZREM', P .. index, jobId)
        end
        if redis.call('EXISTS', jk) == 0 then return 0 end
        for _, id in ipairs(redis.call('LRANGE', jk .. ':docs', 0, -1)) do
          redis.call('DEL', P .. 'doc:' .. id)
        end
        redis.call('DEL', jk, jk .. ':docs')
        return 1
        """;

    /// <summary>KEYS[1] doc. Removes one document; its job's tally and status follow.</summary>
    internal static readonly string DeleteDocument = Helpers + """
        local d = doc(KEYS[1])
        if not d[1] then return 0 end
        redis.call('DEL', KEYS[1])
        local jk = P .. 'job:' .. d[2]
        if redis.call('EXISTS', jk) == 0 then return 1 end
        redis.call('LREM', jk .. ':docs', 1, d[4])
        redis.call('HINCRBY', jk, 'total', -1)
        if d[1] ~= 'processing' then redis.call('HINCRBY', jk, d[1], -1) end
        local delta = tonumber(d[3])
        if delta ~= 0 then redis.call('HINCRBYFLOAT', jk, 'progress_sum', -delta) end
        derive(d[2])
        return 1
        """;

    /// <summary>KEYS[1] doc. ARGV[5] review JSON. Stores the review beside the classification.</summary>
    internal static readonly string SaveReview = Helpers + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], 'review', ARGV[5], 'updated_at', NOW)
        return 1
        """;
}
