using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Batches;

public sealed class OptionsValidationTests
{
    public static TheoryData<Action<BatchEngineOptions>, string> BadSettings() => new()
    {
        { o => o.WorkerCount = 0, "BatchEngine:WorkerCount must be between 1 and 256 (was 0)." },
        { o => o.WorkerCount = 257, "BatchEngine:WorkerCount must be between 1 and 256 (was 257)." },
        { o => o.DocumentTimeout = TimeSpan.Zero, "BatchEngine:DocumentTimeout must be positive and at most 49 days (was 00:00:00)." },
        { o => o.DocumentTimeout = TimeSpan.FromDays(50), "BatchEngine:DocumentTimeout must be positive and at most 49 days (was 50.00:00:00)." },
        { o => o.MaxFileBytes = 0, "BatchEngine:MaxFileBytes must be at least 1 (was 0)." },
        { o => o.MaxPages = -1, "BatchEngine:MaxPages must be at least 1 (was -1)." },
        { o => o.SmallContentMemoryBytes = -1, "BatchEngine:SmallContentMemoryBytes must be at least 0 (was -1)." },
        { o => o.MaxExtractedCharacters = 0, "BatchEngine:MaxExtractedCharacters must be at least 1 (was 0)." },
        { o => o.JobRetention = TimeSpan.FromSeconds(-1), "BatchEngine:JobRetention must be positive, or empty to keep jobs until deleted (was -00:00:01)." },
        { o => o.ContentRoot = " ", "BatchEngine:ContentRoot must be a folder path, or empty for a private temp folder (was blank)." },
        { o => o.Ocr.ImageTimeout = TimeSpan.Zero, "BatchEngine:Ocr:ImageTimeout must be positive (was 00:00:00)." },
        { o => o.Ocr.Languages = "eng deu", "BatchEngine:Ocr:Languages must be Tesseract language codes joined with '+', such as 'eng' or 'eng+deu' (was 'eng deu')." },
        { o => o.Ocr.MinImageWidth = 0, "BatchEngine:Ocr:MinImageWidth must be at least 1 (was 0)." },
        { o => o.Ocr.MaxImageBytes = 0, "BatchEngine:Ocr:MaxImageBytes must be at least 1 (was 0)." },
        { o => o.Ocr.TextLayerMinimumCharacters = -1, "BatchEngine:Ocr:TextLayerMinimumCharacters must not be negative (was -1)." },
        { o => o.Ocr.MaxConcurrency = 0, "BatchEngine:Ocr:MaxConcurrency must be between 1 and 256, or unset for the smaller of WorkerCount and the processor count (was 0)." },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_fails_at_start_with_a_message_naming_it(Action<BatchEngineOptions> configure, string message)
    {
        using var services = Build(configure);

        // ValidateOnStart: the host runs this validator when it starts.
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public async Task Without_a_host_first_use_fails_with_the_same_message()
    {
        await using var services = Build(o => o.WorkerCount = 0);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            services.GetRequiredService<IBatchEngine>().SubmitAsync(TestEngine.Files([("a.txt", ScriptedTextReader.Content())])));

        Assert.Contains("BatchEngine:WorkerCount must be between 1 and 256 (was 0).", error.Failures);
    }

    [Fact]
    public void Every_bad_setting_is_reported_at_once()
    {
        using var services = Build(o => { o.WorkerCount = 0; o.MaxPages = 0; });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("BatchEngine:WorkerCount must be between 1 and 256 (was 0).", error.Failures);
        Assert.Contains("BatchEngine:MaxPages must be at least 1 (was 0).", error.Failures);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        using var services = Build(_ => { });

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(4, services.GetRequiredService<IOptions<BatchEngineOptions>>().Value.WorkerCount);
    }

    private static ServiceProvider Build(Action<BatchEngineOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBatchEngine(configure).AddReader<ScriptedTextReader>();
        services.AddSingleton<TestProbe>();
        return services.BuildServiceProvider();
    }
}
