namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>
/// The Lua scripts behind every state change. Redis runs a script alone, so a check and its update are one
/// step: two workers racing on a document cannot both count it. The job hash keeps a tally of its documents
/// (a counter per status word and the sum of their progress), and every script re-derives the job's status
/// from it with the rules of <c>JobStatusRules</c> (<see cref="StatusDerivation"/>); each document transition writes
/// the fields <c>DocumentTransitions</c> says (the shared conformance tests compare the records).
/// <para>
/// Every script works on one job, in the job's hash slot (Redis Cluster): KEYS are the job's keys, always in
/// this order: [1] job hash, [2] document hash (the job hash again for job-wide scripts), [3] documents
/// list, [4] content hash, [5] queue (waiting documents), [6] claims, [7] holders. Job-wide scripts also name the job's
/// document keys from ARGV[1], the job's key base <c>prefix{job-id}:</c>, so those keys are in the same
/// slot. ARGV: [1] job key base, [2] now (unix ms), [3] retention (ms, 0 keeps finished jobs), [4] operation
/// id, [5] keep content (1/0), [6] holder token (empty from a caller that holds no claim); a script's own
/// arguments follow. A document transition records its operation id, so a call repeated after a timeout (whose
/// first try did run) answers "done" again; and it is refused when it carries a holder token that is no longer
/// the document's (another claim took the document over): the stale run must not write.
/// </para>
/// Every script answers { result, status before, status after, listing order }: the caller moves the job between the
/// listing indexes (on other slots) when the status changed.
/// </summary>
internal static class JobScripts
{
    /// <summary>
    /// <c>JobStatusRules.Derive</c> in Lua, the one copy every script uses (the job's error text stays in the hash;
    /// only whether there is one decides). <c>JobStatusDerivationTests</c> runs it on a real redis-server against
    /// the C# rules for every combination of counts.
    /// </summary>
    internal const string StatusDerivation = """
        local function job_status(total, pending, completed, failed, cancelled, cancel_requested, has_job_error)
          if cancel_requested then return 'cancelled' end
          if has_job_error then return 'failed' end
          if total == 0 then return 'completed' end
          if completed + failed + cancelled == total then
            if failed == total then return 'failed' end
            return 'completed'
          end
          if pending == total then return 'pending' end
          return 'processing'
        end

        """;

    private const string Helpers = StatusDerivation + """
        local JP = ARGV[1]
        local NOW = ARGV[2]
        local RETENTION = tonumber(ARGV[3])
        local OP = ARGV[4]
        local KEEP = ARGV[5] == '1'
        local HOLDER = ARGV[6]
        local JK, DK, DOCS, CONTENT, WAITING, CLAIMS, HOLDERS = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[7]
        local function terminal(s) return s == 'completed' or s == 'failed' or s == 'cancelled' end
        local before = redis.call('HGET', JK, 'status') or ''
        local function expire_job()
          -- The holders stay: a cancelled job's documents still running on some host end under their claim.
          redis.call('DEL', WAITING, CLAIMS)
          if RETENTION <= 0 then return end
          redis.call('PEXPIRE', HOLDERS, RETENTION)
          for _, d in ipairs(redis.call('LRANGE', DOCS, 0, -1)) do
            redis.call('PEXPIRE', JP .. 'doc:' .. d, RETENTION)
          end
          redis.call('PEXPIRE', JK, RETENTION)
          redis.call('PEXPIRE', DOCS, RETENTION)
          redis.call('PEXPIRE', CONTENT, RETENTION)
        end
        local function derive()
          local j = redis.call('HMGET', JK, 'status', 'total', 'pending', 'completed', 'failed', 'cancelled', 'cancel_requested', 'job_error')
          if not j[1] then return end
          local status = job_status(tonumber(j[2]), tonumber(j[3]), tonumber(j[4]), tonumber(j[5]), tonumber(j[6]), j[7] == '1', j[8] ~= false and j[8] ~= nil)
          redis.call('HSET', JK, 'status', status, 'updated_at', NOW)
          if status ~= j[1] and terminal(status) then
            redis.call('HSET', JK, 'finished_at', NOW)
            expire_job()
          end
        end
        local function answer(result)
          local j = redis.call('HMGET', JK, 'status', 'order')
          return { result, before, j[1] or '', j[2] or '0' }
        end
        -- Moves one document in its job's tally: out of (status, progress) 'before', into 'after'.
        local function retally(from, fromProgress, to, toProgress)
          if from ~= 'processing' then redis.call('HINCRBY', JK, from, -1) end
          if to ~= 'processing' then redis.call('HINCRBY', JK, to, 1) end
          local delta = tonumber(toProgress) - tonumber(fromProgress)
          if delta ~= 0 then redis.call('HINCRBYFLOAT', JK, 'progress_sum', delta) end
        end
        local function doc(key) return redis.call('HMGET', key, 'status', 'job_id', 'progress', 'doc_id') end
        -- A document ended here: its claim is acknowledged and (unless kept) its content deleted.
        local function ended(docId)
          redis.call('ZREM', CLAIMS, docId)
          redis.call('HDEL', HOLDERS, docId)
          if not KEEP then redis.call('HDEL', CONTENT, docId) end
        end
        -- Ends every pending document of a job in one status (cancel and fail-job share it); fields go into HSET.
        local function end_pending(status, ...)
          redis.call('DEL', WAITING)
          for _, id in ipairs(redis.call('LRANGE', DOCS, 0, -1)) do
            local dk = JP .. 'doc:' .. id
            local d = doc(dk)
            if d[1] == 'pending' then
              redis.call('HSET', dk, 'status', status, 'progress', 0, 'updated_at', NOW, ...)
              retally('pending', d[3], status, 0)
            end
          end
        end
        local function repeated(key) return redis.call('HGET', key, 'op') == OP end
        -- False when the caller ran the document under a claim that is no longer the document's.
        local function holds(docId) return HOLDER == '' or redis.call('HGET', HOLDERS, docId) == HOLDER end
        local function done(key) redis.call('HSET', key, 'op', OP) return answer(1) end

        """;

    /// <summary>
    /// ARGV[7] host, ARGV[8] most attempts. pending -> processing at 10%, attempts + 1, error cleared. A
    /// document started that many times already (its hosts died or stopped each time) fails as poisoned
    /// instead: the count lives in Redis, so it holds across hosts and restarts.
    /// </summary>
    internal static readonly string Start = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if d[1] ~= 'pending' or not holds(d[4]) then return answer(0) end
        local attempts = tonumber(redis.call('HGET', DK, 'attempts') or '0')
        if attempts >= tonumber(ARGV[8]) then
          redis.call('HSET', DK, 'status', 'failed', 'progress', 0, 'updated_at', NOW,
            'error', 'PoisonedDocument: started ' .. attempts .. ' times without finishing; not started again.')
          retally(d[1], d[3], 'failed', 0)
          ended(d[4])
          derive()
          redis.call('HSET', DK, 'op', OP)
          return answer(0)
        end
        redis.call('HSET', DK, 'status', 'processing', 'progress', 10, 'updated_at', NOW, 'host', ARGV[7])
        redis.call('HDEL', DK, 'error')
        redis.call('HINCRBY', DK, 'attempts', 1)
        retally(d[1], d[3], 'processing', 10)
        derive()
        return done(DK)
        """;

    /// <summary>ARGV[7] progress. Raises a processing document's progress, never lowers it.</summary>
    internal static readonly string Progress = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if d[1] ~= 'processing' or not holds(d[4]) then return answer(0) end
        if tonumber(ARGV[7]) > tonumber(d[3]) then
          redis.call('HSET', DK, 'progress', ARGV[7], 'updated_at', NOW)
          retally(d[1], d[3], d[1], ARGV[7])
        else
          redis.call('HSET', DK, 'updated_at', NOW)
        end
        redis.call('HSET', JK, 'updated_at', NOW)
        return done(DK)
        """;

    /// <summary>
    /// ARGV[7] classification JSON. processing -> completed at 100%, counted once; the claim is acknowledged. A
    /// result that arrives after its job was cancelled is refused and the document ends cancelled (the operation
    /// is not recorded, so a retry of it is refused too).
    /// </summary>
    internal static readonly string Complete = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if d[1] ~= 'processing' or not holds(d[4]) then return answer(0) end
        if redis.call('HGET', JK, 'cancel_requested') == '1' then
          redis.call('HSET', DK, 'status', 'cancelled', 'progress', 0, 'updated_at', NOW)
          retally(d[1], d[3], 'cancelled', 0)
          ended(d[4])
          derive()
          return answer(0)
        end
        redis.call('HSET', DK, 'status', 'completed', 'progress', 100, 'classification', ARGV[7], 'updated_at', NOW)
        retally(d[1], d[3], 'completed', 100)
        ended(d[4])
        derive()
        return done(DK)
        """;

    /// <summary>ARGV[7] error. pending or processing -> failed at 0%, counted once; the claim is acknowledged.</summary>
    internal static readonly string Fail = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if (d[1] ~= 'pending' and d[1] ~= 'processing') or not holds(d[4]) then return answer(0) end
        redis.call('HSET', DK, 'status', 'failed', 'progress', 0, 'error', ARGV[7], 'updated_at', NOW)
        retally(d[1], d[3], 'failed', 0)
        ended(d[4])
        derive()
        return done(DK)
        """;

    /// <summary>processing -> pending at 0%.</summary>
    internal static readonly string Release = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if d[1] ~= 'processing' or not holds(d[4]) then return answer(0) end
        redis.call('HSET', DK, 'status', 'pending', 'progress', 0, 'updated_at', NOW)
        retally(d[1], d[3], 'pending', 0)
        derive()
        return done(DK)
        """;

    /// <summary>pending or processing -> cancelled at 0%, counted once.</summary>
    internal static readonly string CancelDocument = Helpers + """
        if repeated(DK) then return answer(1) end
        local d = doc(DK)
        if (d[1] ~= 'pending' and d[1] ~= 'processing') or not holds(d[4]) then return answer(0) end
        redis.call('HSET', DK, 'status', 'cancelled', 'progress', 0, 'updated_at', NOW)
        retally(d[1], d[3], 'cancelled', 0)
        ended(d[4])
        derive()
        return done(DK)
        """;

    /// <summary>
    /// The job becomes cancelled and so does every pending document; its queue is emptied at once. The job
    /// hash records the operation, so a retry whose first try ran answers 1 again (a new cancel answers 0).
    /// </summary>
    internal static readonly string CancelJob = Helpers + """
        if repeated(JK) then return answer(1) end
        if before == '' or terminal(before) then return answer(0) end
        redis.call('HSET', JK, 'cancel_requested', '1')
        end_pending('cancelled')
        derive()
        return done(JK)
        """;

    /// <summary>
    /// ARGV[7] error. The job fails with the error, and so does every pending document. Like a cancel, a retry
    /// of the same operation answers 1 again.
    /// </summary>
    internal static readonly string FailJob = Helpers + """
        if repeated(JK) then return answer(1) end
        if before == '' or terminal(before) then return answer(0) end
        redis.call('HSET', JK, 'job_error', ARGV[7])
        end_pending('failed', 'error', ARGV[7])
        derive()
        return done(JK)
        """;

    /// <summary>
    /// ARGV[7] tombstone lifetime (ms). Removes the job, its documents, its queue and claims; 0 when the job was
    /// unknown (or had expired). A tombstone (key <c>deleted</c>, on the job's slot) keeps the operation id for a
    /// while, so a retry of this delete answers 1 again while any other delete of the id answers 0.
    /// </summary>
    internal static readonly string DeleteJob = Helpers + """
        local TOMBSTONE = JP .. 'deleted'
        if redis.call('GET', TOMBSTONE) == OP then return { 1, '', '', '0' } end
        if redis.call('EXISTS', JK) == 0 then return answer(0) end
        for _, id in ipairs(redis.call('LRANGE', DOCS, 0, -1)) do
          redis.call('DEL', JP .. 'doc:' .. id)
        end
        redis.call('DEL', JK, DOCS, WAITING, CLAIMS, HOLDERS)
        redis.call('SET', TOMBSTONE, OP, 'PX', ARGV[7])
        return { 1, before, '', '0' }
        """;

    /// <summary>Removes one document; its job's tally and status follow.</summary>
    internal static readonly string DeleteDocument = Helpers + """
        local d = doc(DK)
        if not d[1] then return answer(0) end
        redis.call('DEL', DK)
        redis.call('LREM', WAITING, 0, d[4])
        redis.call('ZREM', CLAIMS, d[4])
        redis.call('HDEL', HOLDERS, d[4])
        if redis.call('EXISTS', JK) == 0 then return answer(1) end
        redis.call('LREM', DOCS, 1, d[4])
        redis.call('HINCRBY', JK, 'total', -1)
        if d[1] ~= 'processing' then redis.call('HINCRBY', JK, d[1], -1) end
        local delta = tonumber(d[3])
        if delta ~= 0 then redis.call('HINCRBYFLOAT', JK, 'progress_sum', -delta) end
        derive()
        return answer(1)
        """;

    /// <summary>ARGV[7] review JSON. Stores the review beside the classification.</summary>
    internal static readonly string SaveReview = Helpers + """
        if redis.call('EXISTS', DK) == 0 then return answer(0) end
        redis.call('HSET', DK, 'review', ARGV[7], 'updated_at', NOW)
        return answer(1)
        """;

    /// <summary>
    /// Takes over the job's documents whose claim ran out (their host died): each goes back to pending and to
    /// the front of the job's queue, and its holder is dropped, so the old holder's late calls are refused. Answers { taken over, before, after, order, documents waiting, claims left, job exists }.
    /// </summary>
    internal static readonly string Reclaim = Helpers + """
        local expired = redis.call('ZRANGEBYSCORE', CLAIMS, '-inf', NOW)
        local moved = 0
        for _, id in ipairs(expired) do
          redis.call('ZREM', CLAIMS, id)
          redis.call('HDEL', HOLDERS, id)
          local dk = JP .. 'doc:' .. id
          local d = doc(dk)
          if d[1] == 'processing' then
            redis.call('HSET', dk, 'status', 'pending', 'progress', 0, 'updated_at', NOW)
            retally(d[1], d[3], 'pending', 0)
          end
          if (d[1] == 'processing' or d[1] == 'pending') and redis.call('HGET', JK, 'cancel_requested') ~= '1' then
            redis.call('LPUSH', WAITING, id)
            moved = moved + 1
          end
        end
        if moved > 0 then derive() end
        local out = answer(moved)
        out[5] = redis.call('LLEN', WAITING)
        out[6] = redis.call('ZCARD', CLAIMS)
        out[7] = redis.call('EXISTS', JK)
        return out
        """;

    /// <summary>The job hash and every document hash, in upload order, in one step: { job fields, doc fields... }.</summary>
    internal const string Snapshot = """
        local job = redis.call('HGETALL', KEYS[1])
        if #job == 0 then return {} end
        local out = { job }
        for _, id in ipairs(redis.call('LRANGE', KEYS[3], 0, -1)) do
          local d = redis.call('HGETALL', ARGV[1] .. 'doc:' .. id)
          if #d > 0 then out[#out + 1] = d end
        end
        return out
        """;
}
