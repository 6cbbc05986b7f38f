using BatchEngine.AI.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.AI.Tests;

/// <summary>Settings that could fail a document or make no sense are refused at start, naming the setting.</summary>
public sealed class OptionsTests
{
    [Fact]
    public async Task A_model_budget_as_long_as_the_document_timeout_is_refused()
    {
        await using var kit = new EngineKit(EngineKit.DeadEndpoint(), configure: o => o.DocumentBudget = TimeSpan.FromMinutes(5));

        var error = Assert.Throws<OptionsValidationException>(() => kit.Services.GetRequiredService<IOptions<ChatClassifierOptions>>().Value);

        Assert.Contains("ChatClassifierOptions.DocumentBudget", error.Message, StringComparison.Ordinal);
        Assert.Contains("BatchEngineOptions.DocumentTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_call_limit_is_refused()
    {
        await using var kit = new EngineKit(EngineKit.DeadEndpoint(), configure: o => o.MaxConcurrentCalls = 0);

        var error = Assert.Throws<OptionsValidationException>(() => kit.Services.GetRequiredService<IOptions<ChatClassifierOptions>>().Value);

        Assert.Contains("ChatClassifierOptions.MaxConcurrentCalls must be at least 1", error.Message, StringComparison.Ordinal);
    }
}
