using BatchEngine.DependencyInjection;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Storage.Redis;
using BatchEngine.Storage.Redis.Content;
using BatchEngine.Storage.Redis.Jobs;
using BatchEngine.Storage.Redis.Queue;
using BatchEngine.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.DependencyInjection;

[Collection(RedisCollection.Name)]
public sealed class AddRedisTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task One_line_replaces_the_store_the_content_store_and_the_queue_and_adds_a_healthy_check()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine().AddRedis(fixture.Server.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<RedisJobStore>(provider.GetRequiredService<IJobStore>());
        Assert.IsType<RedisDocumentContentStore>(provider.GetRequiredService<IDocumentContentStore>());
        Assert.IsType<RedisWorkQueue>(provider.GetRequiredService<IWorkQueue>());
        Assert.Single(provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WorkPump>());

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var entry = report.Entries[RedisBatchEngineBuilderExtensions.HealthCheckName];
        Assert.True(entry.Status == HealthStatus.Healthy, $"{entry.Status}: {entry.Description} {entry.Exception}");
        Assert.Equal(0L, entry.Data["active_jobs"]);
        Assert.Equal(0L, entry.Data["working_jobs"]);

        // The test server runs without AOF or RDB: the check says that jobs would not survive a restart.
        Assert.Equal("none", entry.Data["persistence"]);
        Assert.Contains("keeps nothing on disk", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionString"] = "cache.internal:6380",
            ["Password"] = "secret",
            ["UseTls"] = "true",
            ["KeyPrefix"] = "app1:",
            ["VisibilityTimeout"] = "00:00:45",
            ["SharedContentRoot"] = "/mnt/share",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine().AddRedis(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<RedisStorageOptions>>().Value;
        Assert.Equal(("cache.internal:6380", "app1:", TimeSpan.FromSeconds(45), "/mnt/share"), (options.ConnectionString, options.KeyPrefix, options.VisibilityTimeout, options.SharedContentRoot));
        var connection = global::BatchEngine.Storage.Redis.Connection.RedisConnection.BuildConfiguration(options);
        Assert.Equal(("secret", true, false), (connection.Password, connection.Ssl, connection.AbortOnConnectFail));
    }

    [Fact]
    public void Invalid_settings_fail_at_start_with_a_clear_message()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine().AddRedis(o => o.VisibilityTimeout = TimeSpan.FromMilliseconds(10));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RedisStorageOptions>>().Value);
        Assert.Contains("VisibilityTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_when_Redis_does_not_answer()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine().AddRedis($"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries[RedisBatchEngineBuilderExtensions.HealthCheckName].Status);
    }
}
