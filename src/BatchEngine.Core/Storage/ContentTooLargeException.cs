namespace BatchEngine.Storage;

/// <summary>Thrown when uploaded content is larger than the limit it was saved under.</summary>
public sealed class ContentTooLargeException : Exception
{
    /// <summary>Creates the exception for a limit.</summary>
    public ContentTooLargeException(long limitBytes)
        : base($"Content is larger than the limit of {limitBytes} bytes.") => LimitBytes = limitBytes;

    /// <summary>The limit that was exceeded, in bytes.</summary>
    public long LimitBytes { get; }
}
