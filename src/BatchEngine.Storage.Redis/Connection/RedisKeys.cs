using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Connection;

/// <summary>
/// Every key the adapter writes, under one prefix. The Lua scripts build the same names from the prefix,
/// so a job's document keys need not be passed one by one (this is why the adapter targets a single
/// Redis server or a primary with replicas, not Redis Cluster).
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    public string Prefix { get; } = prefix;

    public RedisKey Job(string jobId) => Prefix + "job:" + jobId;

    public RedisKey JobDocuments(string jobId) => Prefix + "job:" + jobId + ":docs";

    public RedisKey Document(string docId) => Prefix + "doc:" + docId;

    public RedisKey Content(string jobId) => Prefix + "content:" + jobId;

    /// <summary>Every job, scored by creation time (ms), so listing newest first is a reverse range.</summary>
    public RedisKey Jobs => Prefix + "jobs";

    /// <summary>Jobs of one status, scored by creation time, so a filtered page is one range too.</summary>
    public RedisKey JobsWithStatus(string status) => Prefix + "jobs:" + status;

    /// <summary>Finished jobs scored by the time they finished, for retention.</summary>
    public RedisKey FinishedJobs => Prefix + "jobs:finished";

    /// <summary>The jobs of one owner (or, for null, the jobs without one), scored like <see cref="Jobs"/>.</summary>
    public RedisKey JobsOfOwner(string? owner) => owner is null ? Prefix + "jobs:unowned" : Prefix + "owner:" + owner + ":jobs";

    /// <summary>Counter that orders jobs created in the same millisecond.</summary>
    public RedisKey Sequence => Prefix + "jobs:sequence";

    public RedisKey WorkStream => Prefix + "queue";

    public const string ConsumerGroup = "workers";
}
