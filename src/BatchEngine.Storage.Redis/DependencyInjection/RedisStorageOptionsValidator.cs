using Microsoft.Extensions.Options;

namespace BatchEngine.Storage.Redis;

/// <summary>
/// Checks <see cref="RedisStorageOptions"/> when the engine starts, in the engine's format: the configuration key,
/// the rule and the value that broke it (never the connection string, which may hold a password).
/// </summary>
internal sealed class RedisStorageOptionsValidator : IValidateOptions<RedisStorageOptions>
{
    /// <summary>The configuration section the README and the sample host bind.</summary>
    internal const string Section = "BatchEngine:Redis";

    private const long MaxContentBytesInRedisLimit = 512L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, RedisStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Section}:{nameof(options.ConnectionString)} is required (was blank).");
        }

        if (string.IsNullOrEmpty(options.KeyPrefix))
        {
            failures.Add($"{Section}:{nameof(options.KeyPrefix)} must not be empty (was empty).");
        }

        if (options.VisibilityTimeout < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Section}:{nameof(options.VisibilityTimeout)} must be at least 1 second (was {options.VisibilityTimeout}).");
        }

        if (options.OutageRetryTimeout < TimeSpan.Zero)
        {
            failures.Add($"{Section}:{nameof(options.OutageRetryTimeout)} must not be negative (was {options.OutageRetryTimeout}).");
        }

        Positive(failures, nameof(options.PollInterval), options.PollInterval);
        Positive(failures, nameof(options.MaxRetryDelay), options.MaxRetryDelay);
        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{Section}:{nameof(options.MaxAttempts)} must be between 1 and 100 (was {options.MaxAttempts}).");
        }

        if (options.PrefetchPerWorker is < 1 or > 64)
        {
            failures.Add($"{Section}:{nameof(options.PrefetchPerWorker)} must be between 1 and 64 (was {options.PrefetchPerWorker}).");
        }

        if (options.MaxContentBytesInRedis is < 1 or > MaxContentBytesInRedisLimit)
        {
            failures.Add($"{Section}:{nameof(options.MaxContentBytesInRedis)} must be between 1 and {MaxContentBytesInRedisLimit} (512 MiB) (was {options.MaxContentBytesInRedis}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{setting} must be positive (was {value}).");
        }
    }
}
