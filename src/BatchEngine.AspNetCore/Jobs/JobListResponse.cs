using System.Text.Json.Serialization;

namespace BatchEngine.AspNetCore.Jobs;

/// <summary><c>GET /jobs</c>: how many jobs matched, and the requested page of them, newest first.</summary>
internal sealed record JobListResponse
{
    [JsonPropertyName("total")] public required int Total { get; init; }

    [JsonPropertyName("jobs")] public required IReadOnlyList<JobSummaryResponse> Jobs { get; init; }
}
