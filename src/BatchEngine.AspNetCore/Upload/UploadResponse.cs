using System.Text.Json.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>The answer to <c>POST /batch/upload</c>: the contract's four fields (docs/http.md), plus the refused files.</summary>
internal sealed record UploadResponse
{
    [JsonPropertyName("job_id")] public required string JobId { get; init; }

    [JsonPropertyName("total_files")] public required int TotalFiles { get; init; }

    /// <summary>The job as it was created: <c>pending</c>, every document queued at 0%. Poll <c>/status</c> for what happens next.</summary>
    [JsonPropertyName("status")] public required JobStatus Status { get; init; }

    [JsonPropertyName("message")] public required string Message { get; init; }

    /// <summary>Added beyond the original contract: each refused file and why.</summary>
    [JsonPropertyName("rejected")] public required IReadOnlyList<RejectedFileResponse> Rejected { get; init; }
}
