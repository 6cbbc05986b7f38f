using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.AI.Tests.Support;

/// <summary>What the fake model does with one request.</summary>
internal sealed record Reply(int Status, string Body, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A chat-completions answer whose message is <paramref name="content"/>; usage estimates tokens as characters / 4.</summary>
    public static Reply Answer(string content, FakeRequest request, string model = "fake-model", TimeSpan delay = default)
    {
        var body = new JsonObject
        {
            ["id"] = $"chatcmpl-{request.Number}",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = request.EstimatedPromptTokens,
                ["completion_tokens"] = (content.Length + 3) / 4,
                ["total_tokens"] = request.EstimatedPromptTokens + ((content.Length + 3) / 4),
            },
        };
        return new Reply(200, body.ToJsonString(), delay);
    }

    public static Reply Error(int status, string? retryAfter = null) => new(status,
        """{"error":{"message":"scripted failure","type":"server_error"}}""",
        Headers: retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });
}

/// <summary>One request the fake model received.</summary>
internal sealed record FakeRequest(int Number, string Body, DateTimeOffset ReceivedAt)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The text of every message, joined.</summary>
    public string PromptText => string.Join("\n", Json["messages"]!.AsArray().SelectMany(m => m!["content"] switch
    {
        JsonValue value => [value.GetValue<string>()],
        JsonArray parts => parts.Where(p => p!["type"]!.GetValue<string>() == "text").Select(p => p!["text"]!.GetValue<string>()),
        _ => Array.Empty<string>(),
    }));

    public int EstimatedPromptTokens => (PromptText.Length + 3) / 4;
}

/// <summary>
/// A real HTTP server (Kestrel on a loopback port) speaking the OpenAI chat-completions wire format, answering each
/// request from the test's script. It keeps every request body and the most requests it had in flight at once.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _inFlight;
    private int _maxInFlight;
    private int _count;

    private FakeChatServer(WebApplication app) => _app = app;

    public Func<FakeRequest, Reply> Script { get; set; } = r => Reply.Error(500);

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeChatServer> StartAsync(Func<FakeRequest, Reply>? script = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        if (script is not null)
        {
            server.Script = script;
        }

        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var seen = Volatile.Read(ref _maxInFlight); now > seen; seen = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, now, seen);
        }

        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var request = new FakeRequest(Interlocked.Increment(ref _count), await reader.ReadToEndAsync(), DateTimeOffset.UtcNow);
            Requests.Enqueue(request);
            var reply = Script(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(reply.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up
                }
            }

            context.Response.StatusCode = reply.Status;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>Builds the JSON a model would answer with.</summary>
internal static class Verdicts
{
    public static string Of(string category, double confidence = 0.9, int page = 1, string explanation = "The pages support this category.", string[]? unsafeKinds = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["summary"] = "A document.",
            ["personal_data"] = Array.Empty<object>(),
            ["unsafe_content"] = (unsafeKinds ?? []).Select(k => new { page, kind = k }).ToArray(),
            ["confidentiality"] = "As the policy says.",
            ["images"] = "",
            ["category"] = category,
            ["confidence"] = confidence,
            ["explanation"] = explanation,
            ["citations"] = new[] { new { page, kind = "the deciding evidence" } },
        });
}
