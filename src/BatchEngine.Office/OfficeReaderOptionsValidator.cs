using Microsoft.Extensions.Options;

namespace BatchEngine.Office;

/// <summary>Checks <see cref="OfficeReaderOptions"/> when the engine starts, in the engine's format: the configuration key, the rule, the value.</summary>
internal sealed class OfficeReaderOptionsValidator : IValidateOptions<OfficeReaderOptions>
{
    /// <summary>The configuration section the sample host binds.</summary>
    internal const string Section = "BatchEngine:Office";

    public ValidateOptionsResult Validate(string? name, OfficeReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxParts < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxParts)} must be at least 1 (was {options.MaxParts}).");
        }

        if (options.MaxPartBytes < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxPartBytes)} must be at least 1 (was {options.MaxPartBytes}).");
        }

        if (options.MaxTotalBytes < options.MaxPartBytes)
        {
            failures.Add($"{Section}:{nameof(options.MaxTotalBytes)} must be at least {Section}:{nameof(options.MaxPartBytes)}, {options.MaxPartBytes} (was {options.MaxTotalBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
