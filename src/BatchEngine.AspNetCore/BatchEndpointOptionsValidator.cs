using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore;

/// <summary>
/// Checks <see cref="BatchEndpointOptions"/> when the endpoints are mapped, in the engine's format: the configuration
/// key (under the section docs/http.md documents), the rule, the value.
/// </summary>
internal sealed class BatchEndpointOptionsValidator : IValidateOptions<BatchEndpointOptions>
{
    /// <summary>The configuration section docs/http.md and the sample host use.</summary>
    internal const string Section = "BatchEngine:Http";

    public ValidateOptionsResult Validate(string? name, BatchEndpointOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Positive(failures, nameof(options.MaxBatchBytes), options.MaxBatchBytes);
        Positive(failures, nameof(options.MaxFilesPerBatch), options.MaxFilesPerBatch);
        Positive(failures, nameof(options.MaxSectionHeaderBytes), options.MaxSectionHeaderBytes);
        Positive(failures, nameof(options.MaxSectionHeaderCount), options.MaxSectionHeaderCount);
        Positive(failures, nameof(options.MaxJobsPerPage), options.MaxJobsPerPage);
        Positive(failures, nameof(options.MaxReviewBytes), options.MaxReviewBytes);
        Positive(failures, nameof(options.MaxConcurrentUploads), options.MaxConcurrentUploads);
        Positive(failures, nameof(options.MaxEventStreams), options.MaxEventStreams);
        Positive(failures, nameof(options.MaxConcurrentClassifications), options.MaxConcurrentClassifications);
        if (options.UploadTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{nameof(options.UploadTimeout)} must be positive (was {options.UploadTimeout}).");
        }

        if (options.AdminPolicy is { } policy && string.IsNullOrWhiteSpace(policy))
        {
            failures.Add($"{Section}:{nameof(options.AdminPolicy)} must name a policy, or be empty (was blank).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, long value)
    {
        if (value <= 0)
        {
            failures.Add($"{Section}:{setting} must be positive (was {value}).");
        }
    }
}
