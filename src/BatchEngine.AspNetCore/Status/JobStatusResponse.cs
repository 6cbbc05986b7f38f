using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Status;

/// <summary><c>GET /status/{job_id}</c>: exactly the contract's fields (docs/http.md), plus <c>cancelled</c>.</summary>
internal sealed record JobStatusResponse
{
    [JsonPropertyName("job_id")] public required string JobId { get; init; }

    [JsonPropertyName("status")] public required JobStatus Status { get; init; }

    [JsonPropertyName("total_files")] public required int TotalFiles { get; init; }

    [JsonPropertyName("completed")] public required int Completed { get; init; }

    [JsonPropertyName("failed")] public required int Failed { get; init; }

    [JsonPropertyName("progress"), JsonConverter(typeof(PercentJsonConverter))] public required double Progress { get; init; }

    [JsonPropertyName("created_at")] public required DateTime CreatedAt { get; init; }

    [JsonPropertyName("updated_at")] public required DateTime UpdatedAt { get; init; }

    [JsonPropertyName("documents")] public required IReadOnlyList<DocumentStatusResponse> Documents { get; init; }

    [JsonPropertyName("error")] public required string? Error { get; init; }

    /// <summary>Added beyond the original contract: documents stopped by a cancel.</summary>
    [JsonPropertyName("cancelled")] public required int Cancelled { get; init; }

    /// <summary>The body for <paramref name="snapshot"/>; <paramref name="offset"/> and <paramref name="limit"/> page its documents.</summary>
    public static JobStatusResponse From(JobSnapshot snapshot, int offset = 0, int limit = int.MaxValue) => new()
    {
        JobId = snapshot.Job.JobId,
        Status = snapshot.Job.Status,
        TotalFiles = snapshot.Job.TotalFiles,
        Completed = snapshot.Job.Completed,
        Failed = snapshot.Job.Failed,
        Progress = snapshot.Job.Progress,
        CreatedAt = UtcTimestamp.From(snapshot.Job.CreatedAt),
        UpdatedAt = UtcTimestamp.From(snapshot.Job.UpdatedAt),
        Documents = snapshot.Documents.OrderBy(d => d.Index).Skip(offset).Take(limit).Select(DocumentStatusResponse.From).ToArray(),
        Error = snapshot.Job.Error,
        Cancelled = snapshot.Job.Cancelled,
    };
}
