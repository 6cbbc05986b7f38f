using System.Text.Json;
using BatchEngine.Classification;
using BatchEngine.Serialization;

namespace BatchEngine.Tests.Classification;

/// <summary>The models' answers travel with a stored result (the Redis store and the HTTP responses use this JSON).</summary>
public sealed class ModelAnswersJsonTests
{
    [Fact]
    public void Model_answers_round_trip_in_snake_case()
    {
        var result = new ClassificationResult
        {
            DocId = "doc-1",
            FinalCategory = SensitivityCategory.HighlySensitive,
            Confidence = 0.8,
            Explanation = "x",
            ContentSafety = new ContentSafety { IsUnsafe = false },
            ModelAnswers = [new ModelAnswer { Model = "m-1", Role = "classify", Category = SensitivityCategory.HighlySensitive, Confidence = 0.8, Explanation = "why", Pages = [1, 2] }],
        };

        var json = JsonSerializer.Serialize(result, BatchEngineJsonContext.Default.ClassificationResult);
        var back = JsonSerializer.Deserialize(json, BatchEngineJsonContext.Default.ClassificationResult)!;

        Assert.Contains("\"model_answers\":[{\"model\":\"m-1\",\"role\":\"classify\",\"category\":\"Highly Sensitive\"", json, StringComparison.Ordinal);
        var answer = Assert.Single(back.ModelAnswers);
        Assert.Equal(("m-1", "classify", SensitivityCategory.HighlySensitive, 0.8, "why"), (answer.Model, answer.Role, answer.Category, answer.Confidence, answer.Explanation));
        Assert.Equal([1, 2], answer.Pages);
        Assert.Empty(JsonSerializer.Deserialize("""{"doc_id":"d","final_category":"Public","confidence":1,"explanation":"e","content_safety":{"is_unsafe":false}}""", BatchEngineJsonContext.Default.ClassificationResult)!.ModelAnswers);
    }
}
