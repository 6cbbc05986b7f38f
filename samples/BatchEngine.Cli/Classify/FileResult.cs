using System.Text.Json.Serialization;

namespace BatchEngine.Cli.Classify;

/// <summary>One file's outcome as the results file and the <c>--json</c> lines write it (snake_case).</summary>
internal sealed record FileResult(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("final_category")] string? FinalCategory,
    [property: JsonPropertyName("confidence")] double? Confidence,
    [property: JsonPropertyName("requires_review")] bool? RequiresReview,
    [property: JsonPropertyName("secondary_tags")] IReadOnlyList<string> SecondaryTags,
    [property: JsonPropertyName("explanation")] string? Explanation,
    [property: JsonPropertyName("error")] string? Error)
{
    public static FileResult From(FileOutcome outcome) => new(
        outcome.File,
        outcome.StateWord,
        outcome.CategoryWord,
        outcome.Classification?.Confidence,
        outcome.Classification?.RequiresReview,
        outcome.Classification?.SecondaryTags ?? [],
        outcome.Classification?.Explanation,
        outcome.Error);
}
