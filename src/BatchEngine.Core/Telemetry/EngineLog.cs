using Microsoft.Extensions.Logging;

namespace BatchEngine.Telemetry;

/// <summary>
/// Source-generated log messages. They name ids, counts and exception types; never document text, detected
/// values or file names (a file name may itself hold personal data). An exception's own message may quote file
/// bytes or name servers: it is logged only at Debug, masked (<see cref="ErrorDetail"/>).
/// </summary>
internal static partial class EngineLog
{
    [LoggerMessage(1, LogLevel.Information, "Job {JobId} queued with {Accepted} documents ({Rejected} refused).")]
    public static partial void JobQueued(ILogger logger, string jobId, int accepted, int rejected);

    [LoggerMessage(2, LogLevel.Information, "File {Index} of an upload to job {JobId} refused: {Reason}.")]
    public static partial void FileRefused(ILogger logger, string jobId, int index, string reason);

    [LoggerMessage(3, LogLevel.Debug, "Document {DocId} of job {JobId} completed.")]
    public static partial void DocumentCompleted(ILogger logger, string jobId, string docId);

    [LoggerMessage(4, LogLevel.Warning, "Document {DocId} of job {JobId} failed with {ErrorType}.")]
    public static partial void DocumentFailed(ILogger logger, string jobId, string docId, string errorType);

    [LoggerMessage(5, LogLevel.Information, "Document {DocId} of job {JobId} cancelled.")]
    public static partial void DocumentCancelled(ILogger logger, string jobId, string docId);

    [LoggerMessage(6, LogLevel.Information, "Document {DocId} of job {JobId} released back to pending (engine stopping).")]
    public static partial void DocumentReleased(ILogger logger, string jobId, string docId);

    [LoggerMessage(15, LogLevel.Warning, "Document {DocId} of job {JobId} released back to pending: the store failed during its run ({ErrorType}).")]
    public static partial void DocumentReleasedAfterStorageFault(ILogger logger, string jobId, string docId, string errorType);

    [LoggerMessage(7, LogLevel.Error, "Worker {Worker} hit a storage or queue error ({ErrorType}); retrying after a pause.")]
    public static partial void WorkerFault(ILogger logger, int worker, string errorType);

    [LoggerMessage(8, LogLevel.Information, "BatchEngine started {WorkerCount} workers.")]
    public static partial void Started(ILogger logger, int workerCount);

    [LoggerMessage(9, LogLevel.Information, "BatchEngine stopped; {Released} in-flight documents released.")]
    public static partial void Stopped(ILogger logger, int released);

    [LoggerMessage(10, LogLevel.Information, "Job {JobId} expired and was deleted.")]
    public static partial void JobExpired(ILogger logger, string jobId);

    [LoggerMessage(11, LogLevel.Error, "Retention sweep failed ({ErrorType}); it runs again later.")]
    public static partial void SweepFailed(ILogger logger, string errorType);

    [LoggerMessage(12, LogLevel.Information, "Job {JobId} cancelled.")]
    public static partial void JobCancelled(ILogger logger, string jobId);

    [LoggerMessage(13, LogLevel.Debug, "Error detail for {Subject}: {Detail}")]
    public static partial void ErrorDetail(ILogger logger, string subject, string detail);

    [LoggerMessage(14, LogLevel.Warning, "{Abandoned} timed-out documents still run; worker {Worker} waits for one to end before taking more.")]
    public static partial void AbandonedWorkFull(ILogger logger, int worker, int abandoned);
}
