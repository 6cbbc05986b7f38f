using System.Runtime.CompilerServices;
using System.Text;
using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>
/// A whole engine on Redis in this process (the real pipeline, detectors and classifier), started like a
/// host starts it: several of them on one Redis play several hosts, cheaper than processes.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _hosted;

    private EngineHost(ServiceProvider provider)
    {
        _provider = provider;
        _hosted = provider.GetServices<IHostedService>().ToList();
        Engine = provider.GetRequiredService<IBatchEngine>();
        Store = provider.GetRequiredService<IJobStore>();
    }

    public IBatchEngine Engine { get; }

    public IJobStore Store { get; }

    public static async Task<EngineHost> StartAsync(
        string connectionString, string prefix, string name, int workers = 2, Action<IBatchEngineBuilder>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        var builder = services.AddBatchEngine(o => o.WorkerCount = workers).AddRedis(o =>
        {
            o.ConnectionString = connectionString;
            o.KeyPrefix = prefix;
            o.ConsumerName = name;
        });
        configure?.Invoke(builder);
        var host = new EngineHost(services.BuildServiceProvider());
        foreach (var service in host._hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return host;
    }

    /// <summary>Submits <paramref name="count"/> small text documents (an e-mail address and a marker each).</summary>
    public async Task<string> SubmitTextAsync(int count, int priority = 0)
    {
        var submission = await Engine.SubmitAsync(TextDocuments(count), new SubmitOptions { Priority = priority });
        return submission.Job?.JobId ?? throw new InvalidOperationException("No document was accepted.");
    }

    public async Task<JobRecord> JobAsync(string jobId) =>
        await Store.GetJobAsync(jobId, CancellationToken.None) ?? throw new InvalidOperationException($"Job {jobId} is gone.");

    public async ValueTask DisposeAsync()
    {
        foreach (var service in Enumerable.Reverse(_hosted))
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }

    private static async IAsyncEnumerable<IncomingDocument> TextDocuments(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = $"Memo {i}. INTERNAL USE ONLY.\nContact jane.doe{i}@example.com about the plan.\n";
            yield return new IncomingDocument($"memo-{i}.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
            await Task.CompletedTask;
        }
    }
}
