using System.Text.Json.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Export;

/// <summary><c>GET /jobs/{job_id}/results?format=json</c>: the job and one row per document, in upload order.</summary>
internal sealed record JobResultsResponse
{
    [JsonPropertyName("job_id")] public required string JobId { get; init; }

    [JsonPropertyName("status")] public required JobStatus Status { get; init; }

    [JsonPropertyName("total_files")] public required int TotalFiles { get; init; }

    [JsonPropertyName("results")] public required IReadOnlyList<ResultRow> Results { get; init; }
}
