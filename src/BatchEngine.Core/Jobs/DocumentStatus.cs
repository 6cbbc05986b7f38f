using System.Text.Json.Serialization;
using BatchEngine.Serialization;

namespace BatchEngine.Jobs;

/// <summary>The status of one document, written in JSON as the lower-case word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus
{
    /// <summary>Queued for processing.</summary>
    [JsonStringEnumMemberName(WireWords.Pending)] Pending,

    /// <summary>Currently being classified.</summary>
    [JsonStringEnumMemberName(WireWords.Processing)] Processing,

    /// <summary>Successfully classified.</summary>
    [JsonStringEnumMemberName(WireWords.Completed)] Completed,

    /// <summary>Classification failed; <see cref="DocumentRecord.Error"/> says why.</summary>
    [JsonStringEnumMemberName(WireWords.Failed)] Failed,

    /// <summary>Its job was cancelled before the document finished.</summary>
    [JsonStringEnumMemberName(WireWords.Cancelled)] Cancelled,
}
