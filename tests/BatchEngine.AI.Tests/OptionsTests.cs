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

        Assert.Single(error.Failures, f =>
            f.StartsWith("BatchEngine:AI:DocumentBudget must be shorter than BatchEngine:DocumentTimeout, ", StringComparison.Ordinal)
            && f.EndsWith(", so a slow model cannot fail a document (was 00:05:00).", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_zero_call_limit_is_refused()
    {
        await using var kit = new EngineKit(EngineKit.DeadEndpoint(), configure: o => o.MaxConcurrentCalls = 0);

        var error = Assert.Throws<OptionsValidationException>(() => kit.Services.GetRequiredService<IOptions<ChatClassifierOptions>>().Value);

        Assert.Contains("BatchEngine:AI:MaxConcurrentCalls must be at least 1 (was 0).", error.Failures);
    }
}
