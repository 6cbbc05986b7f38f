using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Jobs;

/// <summary>One job in <c>GET /jobs</c>: the contract's fields (docs/http.md), plus <c>progress</c> and <c>cancelled</c>.</summary>
internal sealed record JobSummaryResponse
{
    [JsonPropertyName("job_id")] public required string JobId { get; init; }

    [JsonPropertyName("status")] public required JobStatus Status { get; init; }

    [JsonPropertyName("total_files")] public required int TotalFiles { get; init; }

    [JsonPropertyName("completed")] public required int Completed { get; init; }

    [JsonPropertyName("failed")] public required int Failed { get; init; }

    [JsonPropertyName("created_at")] public required DateTime CreatedAt { get; init; }

    [JsonPropertyName("updated_at")] public required DateTime UpdatedAt { get; init; }

    [JsonPropertyName("progress"), JsonConverter(typeof(PercentJsonConverter))] public required double Progress { get; init; }

    [JsonPropertyName("cancelled")] public required int Cancelled { get; init; }

    public static JobSummaryResponse From(JobRecord job) => new()
    {
        JobId = job.JobId,
        Status = job.Status,
        TotalFiles = job.TotalFiles,
        Completed = job.Completed,
        Failed = job.Failed,
        CreatedAt = UtcTimestamp.From(job.CreatedAt),
        UpdatedAt = UtcTimestamp.From(job.UpdatedAt),
        Progress = job.Progress,
        Cancelled = job.Cancelled,
    };
}
