using System.Text.Json.Serialization;
using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Export;

/// <summary>One document of <c>GET /jobs/{job_id}/results</c>: the same columns in JSON and in CSV.</summary>
internal sealed record ResultRow
{
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }

    [JsonPropertyName("filename")] public required string FileName { get; init; }

    [JsonPropertyName("status")] public required DocumentStatus Status { get; init; }

    [JsonPropertyName("final_category")] public required SensitivityCategory? FinalCategory { get; init; }

    [JsonPropertyName("confidence")] public required double? Confidence { get; init; }

    [JsonPropertyName("secondary_tags")] public required IReadOnlyList<string> SecondaryTags { get; init; }

    [JsonPropertyName("requires_review")] public required bool? RequiresReview { get; init; }

    /// <summary>A reviewer's label, when one was saved; the machine's answer stays in <see cref="FinalCategory"/>.</summary>
    [JsonPropertyName("reviewed_label")] public required SensitivityCategory? ReviewedLabel { get; init; }

    [JsonPropertyName("error")] public required string? Error { get; init; }

    public static ResultRow From(DocumentRecord document) => new()
    {
        DocId = document.DocId,
        FileName = document.FileName,
        Status = document.Status,
        FinalCategory = document.Classification?.FinalCategory,
        Confidence = document.Classification?.Confidence,
        SecondaryTags = document.Classification?.SecondaryTags ?? [],
        RequiresReview = document.Classification?.RequiresReview,
        ReviewedLabel = document.Review?.NewLabel,
        Error = document.Error,
    };
}
