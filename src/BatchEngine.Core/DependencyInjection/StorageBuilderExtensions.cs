using BatchEngine.Scheduling;
using BatchEngine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BatchEngine.DependencyInjection;

/// <summary>
/// Replaces where the engine keeps its jobs, uploaded content and queued work (in memory, a temp folder and a
/// lock-free queue unless replaced). Each store is one singleton: the engine and anything resolving the
/// concrete type share the same instance. docs/adapters.md says how to run the store contract suite.
/// </summary>
public static class StorageBuilderExtensions
{
    /// <summary>Keeps jobs and documents in <typeparamref name="TStore"/>, resolved from the container.</summary>
    public static IBatchEngineBuilder UseJobStore<TStore>(this IBatchEngineBuilder builder)
        where TStore : class, IJobStore =>
        builder.Use<IJobStore, TStore>();

    /// <summary>Keeps jobs and documents in the store <paramref name="factory"/> makes.</summary>
    public static IBatchEngineBuilder UseJobStore(this IBatchEngineBuilder builder, Func<IServiceProvider, IJobStore> factory) =>
        builder.Use(factory);

    /// <summary>Keeps uploaded content in <typeparamref name="TStore"/>, resolved from the container.</summary>
    public static IBatchEngineBuilder UseContentStore<TStore>(this IBatchEngineBuilder builder)
        where TStore : class, IDocumentContentStore =>
        builder.Use<IDocumentContentStore, TStore>();

    /// <summary>Keeps uploaded content in the store <paramref name="factory"/> makes.</summary>
    public static IBatchEngineBuilder UseContentStore(this IBatchEngineBuilder builder, Func<IServiceProvider, IDocumentContentStore> factory) =>
        builder.Use(factory);

    /// <summary>Queues documents for the workers in <typeparamref name="TQueue"/>, resolved from the container.</summary>
    public static IBatchEngineBuilder UseWorkQueue<TQueue>(this IBatchEngineBuilder builder)
        where TQueue : class, IWorkQueue =>
        builder.Use<IWorkQueue, TQueue>();

    /// <summary>Queues documents for the workers in the queue <paramref name="factory"/> makes.</summary>
    public static IBatchEngineBuilder UseWorkQueue(this IBatchEngineBuilder builder, Func<IServiceProvider, IWorkQueue> factory) =>
        builder.Use(factory);

    private static IBatchEngineBuilder Use<TService, TImplementation>(this IBatchEngineBuilder builder)
        where TService : class
        where TImplementation : class, TService
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TImplementation>();
        return builder.Use<TService>(sp => sp.GetRequiredService<TImplementation>());
    }

    private static IBatchEngineBuilder Use<TService>(this IBatchEngineBuilder builder, Func<IServiceProvider, TService> factory)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.RemoveAll<TService>();
        builder.Services.AddSingleton(factory);
        return builder;
    }
}
