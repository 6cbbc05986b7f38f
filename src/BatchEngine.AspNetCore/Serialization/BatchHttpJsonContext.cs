using System.Text.Json.Serialization;
using BatchEngine.AspNetCore.Classify;
using BatchEngine.AspNetCore.Documents;
using BatchEngine.AspNetCore.Export;
using BatchEngine.AspNetCore.Jobs;
using BatchEngine.AspNetCore.Status;
using BatchEngine.AspNetCore.Upload;

namespace BatchEngine.AspNetCore.Serialization;

/// <summary>
/// Source-generated JSON for every body the endpoints read or write. The DTOs name their fields explicitly
/// (the contract's snake_case), so the app's own JSON settings never rename them; nested engine types
/// (the classification) follow the snake_case policy here, as in Core's own context.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(UploadResponse))]
[JsonSerializable(typeof(JobStatusResponse))]
[JsonSerializable(typeof(DocumentStatusResponse))]
[JsonSerializable(typeof(JobListResponse))]
[JsonSerializable(typeof(DocumentResponse))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(JobResultsResponse))]
[JsonSerializable(typeof(ClassifyResponse))]
internal sealed partial class BatchHttpJsonContext : JsonSerializerContext;
