using BatchEngine.Retention;
using BatchEngine.Jobs;
using BatchEngine.Processing;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using BatchEngine.Storage.TempFolder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BatchEngine.Batches;

internal static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// The engine's own services: stores, scheduler, pipeline, facade, option validation. The stores and the
    /// queue are added with TryAdd, so a store registered before (or replaced after) <c>AddBatchEngine()</c> wins.
    /// Calling it twice adds nothing the second time.
    /// </summary>
    internal static IServiceCollection AddEngineCore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(BatchEngineRuntime)))
        {
            return services;
        }

        services.AddOptions<BatchEngineOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BatchEngineOptions>, BatchEngineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IJobStore, InMemoryJobStore>();
        services.TryAddSingleton<IDocumentContentStore, TempFolderContentStore>();
        services.TryAddSingleton<IWorkQueue, LockFreeWorkQueue>();

        services.AddSingleton<StoredContent>();
        services.AddSingleton<AbandonedWork>();
        services.AddSingleton<JobChangeFeed>();
        services.AddSingleton<RunningDocuments>();
        services.AddSingleton<DocumentAnalyzer>();
        services.AddSingleton<DocumentPipeline>();
        services.AddSingleton<JobRemover>();
        services.AddSingleton<JobRetentionSweeper>();
        services.AddSingleton<BatchEngineRuntime>();
        services.AddHostedService(static sp => sp.GetRequiredService<BatchEngineRuntime>());
        services.TryAddSingleton<IBatchEngine, InProcessBatchEngine>();
        return services;
    }
}
