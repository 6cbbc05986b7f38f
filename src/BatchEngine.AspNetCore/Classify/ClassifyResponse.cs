using System.Text.Json.Serialization;
using BatchEngine.Classification;

namespace BatchEngine.AspNetCore.Classify;

/// <summary><c>POST /classify</c>: the file's cleaned name and its classification, answered at once.</summary>
internal sealed record ClassifyResponse
{
    [JsonPropertyName("filename")] public required string FileName { get; init; }

    [JsonPropertyName("classification")] public required ClassificationResult Classification { get; init; }
}
