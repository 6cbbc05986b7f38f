using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Connection;

/// <summary>
/// Every key the adapter writes, under one prefix, laid out for Redis Cluster: a job's keys (its hash, its
/// documents, their content, its queue and its claims) share the hash tag <c>{job-id}</c>, so every script
/// on one job runs on one node; the cross-job structures (listings, the active-job index) each share a tag
/// of their own (<c>{index}</c>, <c>{queue}</c>) and are only touched by single-key commands or scripts on
/// that tag. A script on a job is given the job's keys in KEYS and the job's key base (<see cref="JobBase"/>)
/// to name its document keys, which are in the same slot.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>The start of every key of one job: <c>prefix{job-id}:</c>.</summary>
    public string JobBase(string jobId) => Prefix + "{" + jobId + "}:";

    public RedisKey Job(string jobId) => JobBase(jobId) + "job";

    public RedisKey JobDocuments(string jobId) => JobBase(jobId) + "docs";

    public RedisKey Document(string jobId, string docId) => JobBase(jobId) + "doc:" + docId;

    public RedisKey Content(string jobId) => JobBase(jobId) + "content";

    /// <summary>The job's documents waiting for a host, in upload order (a list).</summary>
    public RedisKey JobQueue(string jobId) => JobBase(jobId) + "todo";

    /// <summary>The job's claimed documents, scored by the time (ms) their claim runs out.</summary>
    public RedisKey JobClaims(string jobId) => JobBase(jobId) + "claims";

    /// <summary>
    /// Who holds each claimed document: document id -> holder token (host and claim). Set by the claim, checked
    /// by every transition of the holder's run, dropped when the document ends or its claim is taken over.
    /// </summary>
    public RedisKey JobHolders(string jobId) => JobBase(jobId) + "holders";

    /// <summary>Which job a document belongs to (a string per document), for callers that know only the document id.</summary>
    public RedisKey DocumentJob(string docId) => Prefix + "docjob:" + docId;

    /// <summary>Every job, scored by creation time (ms), so listing newest first is a reverse range.</summary>
    public RedisKey Jobs => Prefix + "{index}:jobs";

    /// <summary>Jobs of one status, scored by creation time, so a filtered page is one range too.</summary>
    public RedisKey JobsWithStatus(string status) => Prefix + "{index}:jobs:" + status;

    /// <summary>Finished jobs scored by the time they finished, for retention.</summary>
    public RedisKey FinishedJobs => Prefix + "{index}:jobs:finished";

    /// <summary>The jobs of one owner (or, for null, the jobs without one), scored like <see cref="Jobs"/>.</summary>
    public RedisKey JobsOfOwner(string? owner) => owner is null ? Prefix + "{index}:jobs:unowned" : Prefix + "{index}:owner:" + owner + ":jobs";

    /// <summary>Counter that orders jobs created in the same millisecond.</summary>
    public RedisKey Sequence => Prefix + "{index}:jobs:sequence";

    /// <summary>Priorities that have active jobs (a sorted set scored by the priority).</summary>
    public RedisKey ActivePriorities => Prefix + "{queue}:priorities";

    /// <summary>The active jobs of one priority: a list that claiming hosts rotate (the round-robin cursor).</summary>
    public RedisKey ActiveJobs(long priority) => Prefix + "{queue}:active:" + priority;

    /// <summary>Jobs with documents waiting or claimed, so any host can find a dead host's claims.</summary>
    public RedisKey WorkingJobs => Prefix + "{queue}:working";

    /// <summary>Pub/sub channel that wakes idle hosts when work arrives.</summary>
    public RedisChannel Nudge => RedisChannel.Literal(Prefix + "{queue}:nudge");

    /// <summary>Pub/sub channel carrying the id of a job just cancelled, so every host stops its running documents.</summary>
    public RedisChannel Cancelled => RedisChannel.Literal(Prefix + "{queue}:cancel");

    /// <summary>The prefix of the active-job lists, for the claim script.</summary>
    public string ActiveJobsBase => Prefix + "{queue}:active:";
}
