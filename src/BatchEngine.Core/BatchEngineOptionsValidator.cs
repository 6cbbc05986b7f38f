using Microsoft.Extensions.Options;

namespace BatchEngine;

/// <summary>Checks <see cref="BatchEngineOptions"/> when the engine starts, naming the setting, the rule and the value.</summary>
internal sealed class BatchEngineOptionsValidator : IValidateOptions<BatchEngineOptions>
{
    internal const int MaxWorkerCount = 256;

    // A timer cannot wait longer than about 49.7 days.
    internal static readonly TimeSpan MaxDocumentTimeout = TimeSpan.FromDays(49);
    private const string Section = "BatchEngine";

    public ValidateOptionsResult Validate(string? name, BatchEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.WorkerCount is < 1 or > MaxWorkerCount)
        {
            failures.Add($"{Section}:{nameof(options.WorkerCount)} must be between 1 and {MaxWorkerCount} (was {options.WorkerCount}).");
        }

        if (options.DocumentTimeout <= TimeSpan.Zero || options.DocumentTimeout > MaxDocumentTimeout)
        {
            failures.Add($"{Section}:{nameof(options.DocumentTimeout)} must be positive and at most {MaxDocumentTimeout.TotalDays} days (was {options.DocumentTimeout}).");
        }

        if (options.MaxFileBytes < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxFileBytes)} must be at least 1 (was {options.MaxFileBytes}).");
        }

        if (options.MaxPages < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxPages)} must be at least 1 (was {options.MaxPages}).");
        }

        if (options.MaxExtractedCharacters < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxExtractedCharacters)} must be at least 1 (was {options.MaxExtractedCharacters}).");
        }

        if (options.JobRetention is { } retention && retention <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{nameof(options.JobRetention)} must be positive, or empty to keep jobs until deleted (was {retention}).");
        }

        if (options.ContentRoot is { } root && string.IsNullOrWhiteSpace(root))
        {
            failures.Add($"{Section}:{nameof(options.ContentRoot)} must be a folder path, or empty for a private temp folder (was blank).");
        }

        if (options.SmallContentMemoryBytes < 0)
        {
            failures.Add($"{Section}:{nameof(options.SmallContentMemoryBytes)} must be at least 0 (was {options.SmallContentMemoryBytes}).");
        }

        if (options.MaxStoredContentBytes is < 1)
        {
            failures.Add($"{Section}:{nameof(options.MaxStoredContentBytes)} must be at least 1, or empty for no limit (was {options.MaxStoredContentBytes}).");
        }

        AtLeastOne(failures, nameof(options.MaxAbandonedDocuments), options.MaxAbandonedDocuments);
        AtLeastOne(failures, nameof(options.MaxRawSignalsPerType), options.MaxRawSignalsPerType);
        AtLeastOne(failures, nameof(options.MaxRawSignalsPerDocument), options.MaxRawSignalsPerDocument);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AtLeastOne(List<string> failures, string name, int value)
    {
        if (value < 1)
        {
            failures.Add($"{Section}:{name} must be at least 1 (was {value}).");
        }
    }
}
