using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>A reviewer's override as <c>GET /documents/{doc_id}</c> shows it, beside the machine's classification.</summary>
internal sealed record ReviewResponse
{
    [JsonPropertyName("new_label")] public required SensitivityCategory NewLabel { get; init; }

    [JsonPropertyName("reviewer")] public required string Reviewer { get; init; }

    [JsonPropertyName("comment")] public required string? Comment { get; init; }

    [JsonPropertyName("reviewed_at")] public required DateTime ReviewedAt { get; init; }

    public static ReviewResponse From(DocumentReview review) => new()
    {
        NewLabel = review.NewLabel,
        Reviewer = review.Reviewer,
        Comment = review.Comment,
        ReviewedAt = UtcTimestamp.From(review.ReviewedAt),
    };
}
