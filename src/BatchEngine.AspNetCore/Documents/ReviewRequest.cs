using System.Text.Json.Serialization;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>The body of <c>POST /documents/{doc_id}/review</c>.</summary>
internal sealed record ReviewRequest
{
    /// <summary>One of <c>Public</c>, <c>Confidential</c>, <c>Highly Sensitive</c>, <c>Unsafe</c>.</summary>
    [JsonPropertyName("new_label")] public string? NewLabel { get; init; }

    [JsonPropertyName("reviewer")] public string? Reviewer { get; init; }

    [JsonPropertyName("comment")] public string? Comment { get; init; }
}
