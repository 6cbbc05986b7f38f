using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Status;

/// <summary>One document in <c>GET /status/{job_id}</c>: exactly the contract's fields (docs/http.md).</summary>
internal sealed record DocumentStatusResponse
{
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }

    [JsonPropertyName("filename")] public required string FileName { get; init; }

    [JsonPropertyName("status")] public required DocumentStatus Status { get; init; }

    [JsonPropertyName("progress"), JsonConverter(typeof(PercentJsonConverter))] public required double Progress { get; init; }

    [JsonPropertyName("error")] public required string? Error { get; init; }

    public static DocumentStatusResponse From(DocumentRecord document) => new()
    {
        DocId = document.DocId,
        FileName = document.FileName,
        Status = document.Status,
        Progress = document.Progress,
        Error = document.Error,
    };
}
