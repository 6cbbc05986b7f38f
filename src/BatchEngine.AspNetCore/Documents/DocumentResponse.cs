using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>
/// <c>GET /documents/{doc_id}</c>: the document's status fields (as in <c>/status</c>), its job, size and
/// type, the machine's <c>classification</c> once classified, and a reviewer's override beside it.
/// </summary>
internal sealed record DocumentResponse
{
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }

    [JsonPropertyName("job_id")] public required string JobId { get; init; }

    [JsonPropertyName("filename")] public required string FileName { get; init; }

    [JsonPropertyName("status")] public required DocumentStatus Status { get; init; }

    [JsonPropertyName("progress"), JsonConverter(typeof(PercentJsonConverter))] public required double Progress { get; init; }

    [JsonPropertyName("error")] public required string? Error { get; init; }

    [JsonPropertyName("media_type")] public required string? MediaType { get; init; }

    [JsonPropertyName("size_bytes")] public required long SizeBytes { get; init; }

    [JsonPropertyName("attempts")] public required int Attempts { get; init; }

    [JsonPropertyName("created_at")] public required DateTime CreatedAt { get; init; }

    [JsonPropertyName("updated_at")] public required DateTime UpdatedAt { get; init; }

    [JsonPropertyName("classification")] public required ClassificationResult? Classification { get; init; }

    [JsonPropertyName("review")] public required ReviewResponse? Review { get; init; }

    public static DocumentResponse From(DocumentRecord document) => new()
    {
        DocId = document.DocId,
        JobId = document.JobId,
        FileName = document.FileName,
        Status = document.Status,
        Progress = document.Progress,
        Error = document.Error,
        MediaType = document.MediaType,
        SizeBytes = document.SizeBytes,
        Attempts = document.Attempts,
        CreatedAt = UtcTimestamp.From(document.CreatedAt),
        UpdatedAt = UtcTimestamp.From(document.UpdatedAt),
        Classification = document.Classification,
        Review = document.Review is null ? null : ReviewResponse.From(document.Review),
    };
}
