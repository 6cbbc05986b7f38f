using System.Text.Json;
using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Serialization;

/// <summary>
/// The JSON a store keeps for a document's result and review: snake_case, with the HTTP contract's field
/// names, the same shape the in-memory store and the Redis store write. A store that keeps these values as
/// text uses this pair so what it reads back is what the engine wrote.
/// </summary>
public static class BatchEngineJson
{
    /// <summary>The stored form of a document's classification.</summary>
    public static string Serialize(ClassificationResult result) =>
        JsonSerializer.Serialize(result, BatchEngineJsonContext.Default.ClassificationResult);

    /// <summary>The stored form of a reviewer's decision.</summary>
    public static string Serialize(DocumentReview review) =>
        JsonSerializer.Serialize(review, BatchEngineJsonContext.Default.DocumentReview);

    /// <summary>A classification read back from <see cref="Serialize(ClassificationResult)"/>'s text.</summary>
    /// <exception cref="JsonException">The text is not a stored classification.</exception>
    public static ClassificationResult? DeserializeClassification(string json) =>
        JsonSerializer.Deserialize(json, BatchEngineJsonContext.Default.ClassificationResult);

    /// <summary>A review read back from <see cref="Serialize(DocumentReview)"/>'s text.</summary>
    /// <exception cref="JsonException">The text is not a stored review.</exception>
    public static DocumentReview? DeserializeReview(string json) =>
        JsonSerializer.Deserialize(json, BatchEngineJsonContext.Default.DocumentReview);
}
