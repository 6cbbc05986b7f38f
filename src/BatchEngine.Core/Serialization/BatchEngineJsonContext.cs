using System.Text.Json.Serialization;
using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Jobs;

namespace BatchEngine.Serialization;

/// <summary>
/// Source-generated JSON for the model, in snake_case with the HTTP contract's field names. Shared by the
/// HTTP adapter (responses) and the Redis store (stored results), so both write the same shape.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JobRecord))]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(JobSnapshot))]
[JsonSerializable(typeof(JobPage))]
[JsonSerializable(typeof(DocumentReview))]
[JsonSerializable(typeof(ClassificationResult))]
[JsonSerializable(typeof(DetectionSignal))]
internal sealed partial class BatchEngineJsonContext : JsonSerializerContext;
