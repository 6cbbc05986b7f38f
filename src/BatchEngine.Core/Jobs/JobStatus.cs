using System.Text.Json.Serialization;
using BatchEngine.Serialization;

namespace BatchEngine.Jobs;

/// <summary>The status of a batch job, written in JSON as the lower-case word (<c>pending</c>, ...).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobStatus>))]
public enum JobStatus
{
    /// <summary>Created; no document has started yet.</summary>
    [JsonStringEnumMemberName(WireWords.Pending)] Pending,

    /// <summary>At least one document started and not every document is terminal.</summary>
    [JsonStringEnumMemberName(WireWords.Processing)] Processing,

    /// <summary>Every document is terminal (some may have failed).</summary>
    [JsonStringEnumMemberName(WireWords.Completed)] Completed,

    /// <summary>The job itself could not go on: every document failed, or storage is gone.</summary>
    [JsonStringEnumMemberName(WireWords.Failed)] Failed,

    /// <summary>Cancelled by a caller; pending documents never started.</summary>
    [JsonStringEnumMemberName(WireWords.Cancelled)] Cancelled,
}
