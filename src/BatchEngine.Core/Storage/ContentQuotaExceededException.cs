namespace BatchEngine.Storage;

/// <summary>Thrown when storing an upload would take the stored content past <see cref="BatchEngineOptions.MaxStoredContentBytes"/>.</summary>
public sealed class ContentQuotaExceededException : Exception
{
    /// <summary>Creates the exception for a quota.</summary>
    public ContentQuotaExceededException(long quotaBytes)
        : base($"The content store is full: uploads may hold at most {quotaBytes} bytes at once (BatchEngineOptions.MaxStoredContentBytes). Try again once earlier jobs are done or deleted.") =>
        QuotaBytes = quotaBytes;

    /// <summary>The quota, in bytes.</summary>
    public long QuotaBytes { get; }
}
