using Microsoft.Extensions.Logging;

namespace BatchEngine.Storage.Redis.Queue;

internal static partial class QueueLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Redis is unreachable for the work queue; retrying in {Delay}")]
    public static partial void RedisUnavailable(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Redis is reachable again; the work queue resumes and lets {Count} documents that were running during the outage be taken over")]
    public static partial void RedisBack(ILogger logger, int count);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Took over {Count} documents whose host stopped renewing its claim")]
    public static partial void Reclaimed(ILogger logger, int count);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Could not acknowledge claim {Receipt}; will retry")]
    public static partial void AcknowledgeDeferred(ILogger logger, string receipt, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Could not give back {Receipt}; another host takes it after the visibility timeout")]
    public static partial void ReleaseFailed(ILogger logger, string receipt, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "Skipped {Receipt}: its job is finished, cancelled or gone")]
    public static partial void Skipped(ILogger logger, string receipt);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Queued {Count} documents of jobs that were stored but never queued")]
    public static partial void RequeuedStuckPending(ILogger logger, int count);
}
