using BatchEngine.DependencyInjection;
using BatchEngine.Detection;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Benchmarks.Engine;

/// <summary>
/// The engine's parts as <c>AddBatchEngine()</c> wires them (logging with no provider, so logs cost
/// what a host with logging off pays). Benchmarks take their readers, detectors and facade from here
/// rather than naming implementation types, so they measure what ships.
/// </summary>
internal sealed class EngineServices : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public EngineServices(Action<BatchEngineOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBatchEngine(configure);
        _provider = services.BuildServiceProvider();
    }

    public IServiceProvider Provider => _provider;

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public IReadOnlyList<IDetector> Detectors => [.. _provider.GetServices<IDetector>()];

    /// <summary>The first registered reader that recognises the content, as the engine picks it.</summary>
    public IDocumentReader? ReaderFor(ReadOnlySpan<byte> content)
    {
        var header = content[..Math.Min(content.Length, 1024)];
        foreach (var reader in _provider.GetServices<IDocumentReader>())
        {
            if (reader.CanRead(header))
            {
                return reader;
            }
        }

        return null;
    }

    public void Dispose() => _provider.Dispose();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
