using BatchEngine.Serialization;
using BatchEngine.Jobs;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>Checks a review body and turns it into the engine's <see cref="DocumentReview"/>.</summary>
internal static class ReviewValidation
{
    public const int MaxReviewerLength = 200;

    public const int MaxCommentLength = 4_000;

    public static DocumentReview? TryCreate(ReviewRequest? request, DateTimeOffset now, out string? error)
    {
        error = null;
        if (request is null)
        {
            error = "The body must be a JSON object: {\"new_label\": ..., \"reviewer\": ..., \"comment\": ...}.";
        }
        else if (WireWords.ParseCategory(request.NewLabel) is not { } label)
        {
            error = $"new_label must be one of: {string.Join(", ", WireWords.Categories)}.";
        }
        else if (string.IsNullOrWhiteSpace(request.Reviewer) || request.Reviewer.Length > MaxReviewerLength)
        {
            error = $"reviewer is required, at most {MaxReviewerLength} characters.";
        }
        else if (request.Comment is { Length: > MaxCommentLength })
        {
            error = $"comment is at most {MaxCommentLength} characters.";
        }
        else
        {
            return new DocumentReview { NewLabel = label, Reviewer = request.Reviewer.Trim(), Comment = request.Comment, ReviewedAt = now };
        }

        return null;
    }
}
