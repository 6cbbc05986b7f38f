using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.DependencyInjection;

/// <summary>Returned by <c>AddBatchEngine()</c>: chain detectors, classifiers, readers and storage adapters onto it.</summary>
public interface IBatchEngineBuilder
{
    /// <summary>The service collection the engine is registered in.</summary>
    IServiceCollection Services { get; }
}
