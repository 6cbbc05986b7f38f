using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Office.Tests;

/// <summary>The Office limits are checked at start in the engine's one format: the configuration key, the rule, the value.</summary>
public sealed class OfficeOptionsValidationTests
{
    public static TheoryData<Action<OfficeReaderOptions>, string> BadSettings() => new()
    {
        { o => o.MaxParts = 0, "BatchEngine:Office:MaxParts must be at least 1 (was 0)." },
        { o => { o.MaxPartBytes = 0; o.MaxTotalBytes = 0; }, "BatchEngine:Office:MaxPartBytes must be at least 1 (was 0)." },
        { o => o.MaxTotalBytes = 1024, "BatchEngine:Office:MaxTotalBytes must be at least BatchEngine:Office:MaxPartBytes, 67108864 (was 1024)." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_limit_fails_at_start_with_a_message_naming_its_key(Action<OfficeReaderOptions> configure, string message)
    {
        using var services = OfficeTestKit.Services(office: configure);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(message, Assert.Single(error.Failures));
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        using var services = OfficeTestKit.Services();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(5_000, services.GetRequiredService<IOptions<OfficeReaderOptions>>().Value.MaxParts);
    }
}
