using System.Text.Json.Serialization;

namespace BatchEngine.Cli.Classify;

/// <summary>The results file's shape: the totals, then one row per file in the order given.</summary>
internal sealed record ResultsDocument(
    [property: JsonPropertyName("summary")] RunSummary Summary,
    [property: JsonPropertyName("results")] IReadOnlyList<FileResult> Results);

/// <summary>Source-generated JSON for everything the tool writes; snake_case, like the HTTP API.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ResultsDocument))]
[JsonSerializable(typeof(FileResult))]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(FileProgress))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
