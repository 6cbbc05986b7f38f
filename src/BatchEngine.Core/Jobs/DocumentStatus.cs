using System.Text.Json.Serialization;

namespace BatchEngine.Jobs;

/// <summary>The status of one document, written in JSON as the lower-case word.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentStatus>))]
public enum DocumentStatus
{
    /// <summary>Queued for processing.</summary>
    [JsonStringEnumMemberName("pending")] Pending,

    /// <summary>Currently being classified.</summary>
    [JsonStringEnumMemberName("processing")] Processing,

    /// <summary>Successfully classified.</summary>
    [JsonStringEnumMemberName("completed")] Completed,

    /// <summary>Classification failed; <see cref="DocumentRecord.Error"/> says why.</summary>
    [JsonStringEnumMemberName("failed")] Failed,

    /// <summary>Its job was cancelled before the document finished.</summary>
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}
