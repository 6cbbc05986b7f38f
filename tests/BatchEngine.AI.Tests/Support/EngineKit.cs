using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BatchEngine.Classification;
using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace BatchEngine.AI.Tests.Support;

/// <summary>
/// An engine with the rules and the chat classifier, whose models are reached through Microsoft.Extensions.AI.OpenAI's
/// real client at a fake server's address. The SDK's own retries are off, so every retry the server sees is ours.
/// </summary>
internal sealed class EngineKit : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public EngineKit(Uri endpoint, Uri? checkEndpoint = null, Action<ChatClassifierOptions>? configure = null, Action<BatchEngineOptions>? engine = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        services.AddSingleton(Client(endpoint, "fake-model"));
        if (checkEndpoint is not null)
        {
            services.AddKeyedSingleton("batchengine-check", Client(checkEndpoint, "check-model"));
        }

        services.AddBatchEngine(o =>
        {
            o.WorkerCount = 2;
            o.Isolation.Enabled = false;
            engine?.Invoke(o);
        }).AddChatClassifier(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.CallTimeout = TimeSpan.FromSeconds(10);
            o.DocumentBudget = TimeSpan.FromSeconds(30);
            configure?.Invoke(o);
        });
        _provider = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _provider;

    public IBatchEngine Engine => _provider.GetRequiredService<IBatchEngine>();

    public static IChatClient Client(Uri endpoint, string model) =>
        new OpenAIClient(new ApiKeyCredential("test-key"), new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = new ClientRetryPolicy(0) })
            .GetChatClient(model)
            .AsIChatClient();

    public Task<ClassificationResult> ClassifyTextAsync(string text) =>
        Engine.ClassifyAsync(new IncomingDocument("document.txt", new MemoryStream(Encoding.UTF8.GetBytes(text))));

    /// <summary>A loopback address where nothing listens.</summary>
    public static Uri DeadEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
