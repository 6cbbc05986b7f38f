using BatchEngine.Storage.Redis;
using Microsoft.Extensions.Configuration;

namespace BatchEngine.Tests.DependencyInjection;

/// <summary>The Redis key expiry was renamed FinishedJobTtl (JobRetention is the engine's sweep); settings written with the old key still bind.</summary>
public sealed class FinishedJobTtlConfigurationTests
{
    private static RedisStorageOptions Bind(string key, string value)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var options = new RedisStorageOptions();
        configuration.GetSection("BatchEngine:Redis").Bind(options);
        return options;
    }

    [Fact]
    public void The_new_key_sets_the_finished_job_ttl()
    {
        Assert.Equal(TimeSpan.FromHours(5), Bind("BatchEngine:Redis:FinishedJobTtl", "05:00:00").FinishedJobTtl);
    }

    [Fact]
    public void The_former_job_retention_key_still_sets_the_finished_job_ttl()
    {
        Assert.Equal(TimeSpan.FromHours(7), Bind("BatchEngine:Redis:JobRetention", "07:00:00").FinishedJobTtl);
    }
}
