using System.Text.Json.Serialization;

namespace BatchEngine.AI.Answers;

/// <summary>Source-generated JSON for the model's answer, in snake_case; also the source of the schema sent with each call.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ModelVerdict))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
