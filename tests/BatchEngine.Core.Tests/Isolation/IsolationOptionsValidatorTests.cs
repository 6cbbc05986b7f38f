using BatchEngine.DependencyInjection;
using BatchEngine.Isolation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Isolation;

public sealed class IsolationOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid_and_isolation_is_on()
    {
        var options = new BatchEngineOptions();

        Assert.True(new IsolationOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.Isolation.Enabled);
        Assert.Null(options.Isolation.PoolSize);
    }

    [Fact]
    public void Every_bad_setting_is_named_with_what_to_change()
    {
        var options = new BatchEngineOptions
        {
            Isolation = new IsolationOptions
            {
                PoolSize = 0,
                ExtractionTimeout = TimeSpan.Zero,
                StartTimeout = TimeSpan.FromSeconds(-1),
                MemoryLimitBytes = 1 << 20,
                DocumentsPerProcess = 0,
            },
        };

        var result = new IsolationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
        [
            "BatchEngine:Isolation:PoolSize must be between 1 and 256, or unset for the default (was 0).",
            "BatchEngine:Isolation:ExtractionTimeout must be positive (was 00:00:00).",
            "BatchEngine:Isolation:StartTimeout must be positive (was -00:00:01).",
            "BatchEngine:Isolation:MemoryLimitBytes must be at least 67108864 (64 MiB) (was 1048576).",
            "BatchEngine:Isolation:DocumentsPerProcess must be at least 1 (was 0).",
        ], result.Failures);
    }

    [Fact]
    public void The_container_refuses_bad_isolation_options_when_they_are_read()
    {
        using var provider = new ServiceCollection().AddBatchEngine(o => o.Isolation.DocumentsPerProcess = 0).Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BatchEngineOptions>>().Value);

        Assert.Contains("BatchEngine:Isolation:DocumentsPerProcess must be at least 1 (was 0).", error.Failures);
    }
}
