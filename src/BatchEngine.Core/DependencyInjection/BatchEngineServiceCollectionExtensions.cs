using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Batches;
using BatchEngine.Isolation;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.DependencyInjection;

/// <summary>Registers BatchEngine in a service collection.</summary>
public static class BatchEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with its defaults: the in-memory job store, the temp-folder content store, the
    /// lock-free scheduler, the PDF and plain-text readers, the default detectors and the policy classifier.
    /// </summary>
    public static IBatchEngineBuilder AddBatchEngine(this IServiceCollection services, Action<BatchEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BatchEngineOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddEngineCore();
        services.AddPdfReader();
        services.AddDefaultReaders();
        services.AddDefaultDetectors();
        services.AddDefaultClassifier();
        return new BatchEngineBuilder(services);
    }
}
