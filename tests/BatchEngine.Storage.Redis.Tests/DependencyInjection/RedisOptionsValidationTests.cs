using BatchEngine.DependencyInjection;
using BatchEngine.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.DependencyInjection;

/// <summary>
/// The Redis settings are checked at start in the engine's one format: the configuration key, the rule, the value
/// that broke it; a connection string (it may hold a password) is never shown.
/// </summary>
public sealed class RedisOptionsValidationTests
{
    public static TheoryData<Action<RedisStorageOptions>, string> BadSettings() => new()
    {
        { o => o.ConnectionString = " ", "BatchEngine:Redis:ConnectionString is required (was blank)." },
        { o => o.KeyPrefix = "", "BatchEngine:Redis:KeyPrefix must not be empty (was empty)." },
        { o => o.VisibilityTimeout = TimeSpan.FromMilliseconds(10), "BatchEngine:Redis:VisibilityTimeout must be at least 1 second (was 00:00:00.0100000)." },
        { o => o.OutageRetryTimeout = TimeSpan.FromSeconds(-1), "BatchEngine:Redis:OutageRetryTimeout must not be negative (was -00:00:01)." },
        { o => o.PollInterval = TimeSpan.Zero, "BatchEngine:Redis:PollInterval must be positive (was 00:00:00)." },
        { o => o.MaxRetryDelay = TimeSpan.Zero, "BatchEngine:Redis:MaxRetryDelay must be positive (was 00:00:00)." },
        { o => o.MaxAttempts = 0, "BatchEngine:Redis:MaxAttempts must be between 1 and 100 (was 0)." },
        { o => o.MaxAttempts = 101, "BatchEngine:Redis:MaxAttempts must be between 1 and 100 (was 101)." },
        { o => o.PrefetchPerWorker = 65, "BatchEngine:Redis:PrefetchPerWorker must be between 1 and 64 (was 65)." },
        { o => o.MaxContentBytesInRedis = 0, "BatchEngine:Redis:MaxContentBytesInRedis must be between 1 and 536870912 (512 MiB) (was 0)." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_fails_at_start_with_a_message_naming_its_key(Action<RedisStorageOptions> configure, string message)
    {
        using var provider = Build(configure);

        // ValidateOnStart: the host runs this when it starts, before any Redis connection is made.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(message, Assert.Single(error.Failures));
    }

    [Fact]
    public void Every_bad_setting_is_reported_at_once()
    {
        using var provider = Build(o => { o.MaxAttempts = 0; o.PrefetchPerWorker = 0; });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(2, error.Failures.Count());
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        using var provider = Build(_ => { });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("batchengine:", provider.GetRequiredService<IOptions<RedisStorageOptions>>().Value.KeyPrefix);
    }

    private static ServiceProvider Build(Action<RedisStorageOptions> configure)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBatchEngine().AddRedis(configure);
        return services.BuildServiceProvider();
    }
}
