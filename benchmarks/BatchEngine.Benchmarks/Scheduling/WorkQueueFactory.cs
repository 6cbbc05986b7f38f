using BatchEngine.DependencyInjection;
using BatchEngine.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>
/// Makes a fresh instance of the engine's default <see cref="IWorkQueue"/>, exactly as <c>AddBatchEngine()</c>
/// registers it, so the benchmark follows whatever the engine ships without naming its type.
/// </summary>
internal sealed class WorkQueueFactory
{
    private readonly IServiceProvider _services;
    private readonly Type _implementation;

    public WorkQueueFactory()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBatchEngine();
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IWorkQueue))
            ?? throw new InvalidOperationException("AddBatchEngine() registers no IWorkQueue.");
        _implementation = descriptor.ImplementationType
            ?? throw new InvalidOperationException($"The default IWorkQueue is registered by a factory or instance ({descriptor}); the benchmark cannot make fresh ones.");
        _services = services.BuildServiceProvider();
    }

    /// <summary>The queue's type, for the report.</summary>
    public string ImplementationName => _implementation.Name;

    public IWorkQueue Create() => (IWorkQueue)ActivatorUtilities.CreateInstance(_services, _implementation);
}
