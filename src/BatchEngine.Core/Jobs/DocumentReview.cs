using BatchEngine.Classification;

namespace BatchEngine.Jobs;

/// <summary>A human reviewer's verdict on a document's category.</summary>
public sealed record DocumentReview
{
    /// <summary>The category the reviewer chose.</summary>
    public required SensitivityCategory NewLabel { get; init; }

    /// <summary>Who reviewed.</summary>
    public required string Reviewer { get; init; }

    /// <summary>Why, in the reviewer's words.</summary>
    public string? Comment { get; init; }

    /// <summary>When the review was saved (UTC).</summary>
    public DateTimeOffset ReviewedAt { get; init; }
}
