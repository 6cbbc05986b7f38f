using BatchEngine.DependencyInjection;
using BatchEngine.Storage.Redis.Connection;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Storage.Redis.Health;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Storage.Redis.Queue;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BatchEngine.Storage.Redis;

/// <summary>Moves the engine's jobs, uploaded content and work queue to Redis.</summary>
public static class RedisBatchEngineBuilderExtensions
{
    /// <summary>The name of the health check <c>AddRedis</c> registers.</summary>
    public const string HealthCheckName = "batchengine-redis";

    /// <summary>Uses the Redis at <paramref name="connectionString"/> (for example <c>localhost:6379</c>) with default settings.</summary>
    public static IBatchEngineBuilder AddRedis(this IBatchEngineBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.AddRedis(options => options.ConnectionString = connectionString);
    }

    /// <summary>Uses Redis with settings bound from <paramref name="configuration"/> (connection string, TLS, password, ...).</summary>
    public static IBatchEngineBuilder AddRedis(this IBatchEngineBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddOptions<RedisStorageOptions>().Bind(configuration);
        return builder.AddRedisServices();
    }

    /// <summary>Uses Redis with settings set in code.</summary>
    public static IBatchEngineBuilder AddRedis(this IBatchEngineBuilder builder, Action<RedisStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<RedisStorageOptions>().Configure(configure);
        return builder.AddRedisServices();
    }

    private static IBatchEngineBuilder AddRedisServices(this IBatchEngineBuilder builder)
    {
        var services = builder.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStorageOptions>, RedisStorageOptionsValidator>());
        services.AddOptions<RedisStorageOptions>().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<DocumentLocator>();
        services.TryAddSingleton<HolderTokens>();
        services.TryAddSingleton(sp => new RedisJobStore(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<RedisStorageOptions>>(),
            sp.GetRequiredService<IOptions<BatchEngineOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DocumentLocator>(),
            sp.GetRequiredService<HolderTokens>()));
        services.TryAddSingleton<QueueHealth>();

        builder.UseJobStore<RedisJobStore>()
            .UseContentStore<RedisDocumentContentStore>()
            .UseWorkQueue<RedisWorkQueue>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WorkPump>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(HealthCheckName);
        return builder;
    }
}
