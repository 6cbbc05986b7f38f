using Microsoft.Extensions.AI;

namespace BatchEngine.AI.Calls;

/// <summary>One model the classifier calls, in one role (<c>classify</c> or <c>check</c>), with its own circuit.</summary>
internal sealed class ModelEndpoint(string role, IChatClient client, string? modelId, CircuitBreaker circuit)
{
    public const string ClassifyRole = "classify";
    public const string CheckRole = "check";

    public string Role { get; } = role;

    public IChatClient Client { get; } = client;

    /// <summary>The model id sent with each call; null leaves the client's default.</summary>
    public string? ModelId { get; } = modelId;

    public CircuitBreaker Circuit { get; } = circuit;

    /// <summary>The model's name for the result and the metrics, before a response names it.</summary>
    public string Name { get; } = modelId ?? client.GetService<ChatClientMetadata>()?.DefaultModelId ?? "unknown";
}
