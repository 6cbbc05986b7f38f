using Microsoft.Extensions.Options;

namespace BatchEngine.AI;

/// <summary>Checks <see cref="ChatClassifierOptions"/> when the engine starts, in the engine's format: the configuration key, the rule, the value.</summary>
internal sealed class ChatClassifierOptionsValidator(IOptions<BatchEngineOptions> engine) : IValidateOptions<ChatClassifierOptions>
{
    /// <summary>The configuration section the README and the sample host bind.</summary>
    internal const string Section = "BatchEngine:AI";

    public ValidateOptionsResult Validate(string? name, ChatClassifierOptions options)
    {
        var failures = new List<string>();
        Positive(failures, nameof(options.MaxCharactersPerPage), options.MaxCharactersPerPage);
        Positive(failures, nameof(options.MaxCharactersPerDocument), options.MaxCharactersPerDocument);
        Positive(failures, nameof(options.MaxConcurrentCalls), options.MaxConcurrentCalls);
        Positive(failures, nameof(options.MaxOutputTokens), options.MaxOutputTokens);
        Positive(failures, nameof(options.CircuitFailureThreshold), options.CircuitFailureThreshold);
        NotNegative(failures, nameof(options.MaxSignals), options.MaxSignals);
        NotNegative(failures, nameof(options.MaxImages), options.MaxImages);
        NotNegative(failures, nameof(options.MaxImageBytes), options.MaxImageBytes);
        NotNegative(failures, nameof(options.MaxRetries), options.MaxRetries);
        Duration(failures, nameof(options.CallTimeout), options.CallTimeout);
        Duration(failures, nameof(options.DocumentBudget), options.DocumentBudget);
        Duration(failures, nameof(options.RetryBaseDelay), options.RetryBaseDelay);
        Duration(failures, nameof(options.MaxRetryDelay), options.MaxRetryDelay);
        Duration(failures, nameof(options.CircuitBreakDuration), options.CircuitBreakDuration);
        if (options.DocumentBudget >= engine.Value.DocumentTimeout)
        {
            failures.Add($"{Section}:{nameof(options.DocumentBudget)} must be shorter than BatchEngine:DocumentTimeout, {engine.Value.DocumentTimeout}, so a slow model cannot fail a document (was {options.DocumentBudget}).");
        }

        if (string.IsNullOrWhiteSpace(options.CheckClientKey))
        {
            failures.Add($"{Section}:{nameof(options.CheckClientKey)} must not be blank (was blank).");
        }

        if (options.Prompts is null || string.IsNullOrWhiteSpace(options.Prompts.Classify) || string.IsNullOrWhiteSpace(options.Prompts.Check))
        {
            failures.Add($"{Section}:Prompts:Classify and {Section}:Prompts:Check must not be blank (was blank).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, int value)
    {
        if (value < 1)
        {
            failures.Add($"{Section}:{setting} must be at least 1 (was {value}).");
        }
    }

    private static void NotNegative(List<string> failures, string setting, int value)
    {
        if (value < 0)
        {
            failures.Add($"{Section}:{setting} must not be negative (was {value}).");
        }
    }

    private static void Duration(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{setting} must be positive (was {value}).");
        }
    }
}
