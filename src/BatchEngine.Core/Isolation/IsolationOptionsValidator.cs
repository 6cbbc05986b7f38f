using Microsoft.Extensions.Options;

namespace BatchEngine.Isolation;

/// <summary>Checks <see cref="BatchEngineOptions.Isolation"/> when the engine starts, with messages that say what to change.</summary>
internal sealed class IsolationOptionsValidator : IValidateOptions<BatchEngineOptions>
{
    /// <summary>Below this the .NET runtime of a child cannot even start.</summary>
    internal const long MinimumMemoryLimitBytes = 64L << 20;

    public ValidateOptionsResult Validate(string? name, BatchEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var isolation = options.Isolation;
        if (isolation is null)
        {
            return ValidateOptionsResult.Fail("BatchEngine:Isolation must not be null.");
        }

        var failures = new List<string>();
        if (isolation.PoolSize is < 1 or > 256)
        {
            failures.Add($"BatchEngine:Isolation:PoolSize must be between 1 and 256, or unset for the default (was {isolation.PoolSize}).");
        }

        if (isolation.ExtractionTimeout <= TimeSpan.Zero)
        {
            failures.Add($"BatchEngine:Isolation:ExtractionTimeout must be positive (was {isolation.ExtractionTimeout}).");
        }

        if (isolation.StartTimeout <= TimeSpan.Zero)
        {
            failures.Add($"BatchEngine:Isolation:StartTimeout must be positive (was {isolation.StartTimeout}).");
        }

        if (isolation.MemoryLimitBytes < MinimumMemoryLimitBytes)
        {
            failures.Add($"BatchEngine:Isolation:MemoryLimitBytes must be at least {MinimumMemoryLimitBytes} (64 MiB) (was {isolation.MemoryLimitBytes}).");
        }

        if (isolation.DocumentsPerProcess < 1)
        {
            failures.Add($"BatchEngine:Isolation:DocumentsPerProcess must be at least 1 (was {isolation.DocumentsPerProcess}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
