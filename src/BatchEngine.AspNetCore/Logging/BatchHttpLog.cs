using Microsoft.Extensions.Logging;

namespace BatchEngine.AspNetCore.Logging;

/// <summary>The endpoints' log messages. File names and contents are never logged; ids and counts are.</summary>
internal static partial class BatchHttpLog
{
    public const string Category = "BatchEngine.AspNetCore";

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Batch upload queued job {JobId} with {Accepted} documents; {Rejected} files refused")]
    public static partial void UploadQueued(ILogger logger, string jobId, int accepted, int rejected);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Batch upload refused with status {StatusCode}")]
    public static partial void UploadRefused(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Classification of one uploaded file refused with status {StatusCode}")]
    public static partial void ClassifyRefused(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Job {JobId} cancelled over HTTP")]
    public static partial void JobCancelled(ILogger logger, string jobId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Document {DocId} reviewed over HTTP")]
    public static partial void DocumentReviewed(ILogger logger, string docId);
}
