using System.ClientModel;
using System.ClientModel.Primitives;
using BatchEngine.AI;
using BatchEngine.DependencyInjection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration.Json;
using OpenAI;

namespace BatchEngine.SampleHost;

/// <summary>
/// The chat model, from configuration alone. Without a "BatchEngine:AI" section the host runs the rules only. With
/// one, "Endpoint" and "Model" name an OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's /openai/v1,
/// Ollama's /v1, a company's gateway) and an optional "Check" section names the second model that checks the
/// first. Keys come from "ApiKey" in an environment variable (BatchEngine__AI__ApiKey) or user secrets, or from the
/// environment variable that "ApiKeyVariable" names (default OPENAI_API_KEY); a key in appsettings.json is refused.
/// The other keys of the section are <see cref="ChatClassifierOptions"/>.
/// </summary>
internal static class ChatModelSettings
{
    public const string Section = "BatchEngine:AI";

    public static void AddChatModel(WebApplicationBuilder builder, IBatchEngineBuilder engine)
    {
        var section = builder.Configuration.GetSection(Section);
        if (!section.Exists())
        {
            return;
        }

        builder.Services.AddSingleton(Client(builder.Configuration, section));
        var check = section.GetSection("Check");
        if (check.Exists())
        {
            builder.Services.AddKeyedSingleton(new ChatClassifierOptions().CheckClientKey, Client(builder.Configuration, check));
        }

        engine.AddChatClassifier(section.Bind);
    }

    private static IChatClient Client(IConfiguration configuration, IConfigurationSection section)
    {
        var endpoint = section["Endpoint"] is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{section.Path}:Endpoint must be the absolute URL of an OpenAI-compatible endpoint (for example https://api.openai.com/v1 or http://localhost:11434/v1).");
        var model = section["Model"] is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException($"{section.Path}:Model must name the model (for example gpt-4o-mini).");
        var key = ApiKey(configuration, section);

        // The SDK's own retries are off: the classifier retries, within its budget and its call limit.
        var options = new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = new ClientRetryPolicy(0) };
        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(model).AsIChatClient();
    }

    private static string ApiKey(IConfiguration configuration, IConfigurationSection section)
    {
        var path = section.Path + ":ApiKey";
        if (configuration is IConfigurationRoot root && root.Providers.OfType<JsonConfigurationProvider>()
            .Any(p => p.Source.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true && p.TryGet(path, out _)))
        {
            throw new InvalidOperationException($"{path} must not be in appsettings.json: set it in an environment variable ({path.Replace(":", "__", StringComparison.Ordinal)}) or in user secrets.");
        }

        // A local endpoint (Ollama) takes no key, but the client needs one: any word will do there.
        return section["ApiKey"] is { Length: > 0 } key
            ? key
            : Environment.GetEnvironmentVariable(section["ApiKeyVariable"] ?? "OPENAI_API_KEY") is { Length: > 0 } fromVariable ? fromVariable : "no-key";
    }
}
