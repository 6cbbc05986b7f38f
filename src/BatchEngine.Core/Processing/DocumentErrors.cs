using BatchEngine.Isolation;
using BatchEngine.Reading;
using BatchEngine.Storage;
using BatchEngine.Telemetry;

namespace BatchEngine.Processing;

/// <summary>
/// Writes a document's (or job's) error the way the HTTP contract (docs/http.md) does: "ExceptionType: message". The message
/// is always one the engine wrote: a parser's, a child process's or a driver's own words may quote file bytes
/// or name servers, so they never reach <c>/status</c>, exports or logs above Debug (see <see cref="Detail"/>).
/// </summary>
public static class DocumentErrors
{
    private const string EngineWrittenKey = "BatchEngine.EngineWrittenMessage";

    /// <summary>
    /// The client-facing error for <paramref name="exception"/> raised while reading a document: safe to return
    /// to a caller or log, because it never carries a parser's or driver's own words.
    /// </summary>
    public static string Describe(Exception exception) => Describe(exception, FailureStage.Reading);

    /// <summary>The client-facing error for <paramref name="exception"/>, raised at <paramref name="stage"/>.</summary>
    internal static string Describe(Exception exception, FailureStage stage)
    {
        var inner = Unwrap(exception);
        return inner switch
        {
            // An isolation failure's message already starts with its own kind ("ExtractionCrashed: ..."), built by the
            // engine from the exit code and page; prefixing the exception type would bury it.
            ExtractionFailedException => inner.Message,
            DocumentReadException read => $"{nameof(DocumentReadException)}: {FirstClause(read.Message)}",
            ContentTooLargeException => $"{inner.GetType().Name}: {inner.Message}",
            _ when inner.Data.Contains(EngineWrittenKey) => $"{inner.GetType().Name}: {inner.Message}",
            _ => $"{inner.GetType().Name}: {StageMessage(stage)}",
        };
    }

    /// <summary>The original error, masked, for the Debug log only.</summary>
    internal static string Detail(Exception exception)
    {
        var inner = Unwrap(exception);
        return SensitiveTextMasker.Mask($"{inner.GetType().Name}: {inner.Message}");
    }

    /// <summary>Marks an exception whose message the engine wrote, so clients may see it as it is.</summary>
    internal static TException EngineWritten<TException>(TException exception)
        where TException : Exception
    {
        exception.Data[EngineWrittenKey] = true;
        return exception;
    }

    /// <summary>The error of a document that ran over <see cref="BatchEngineOptions.DocumentTimeout"/>.</summary>
    internal static TimeoutException Timeout(TimeSpan limit) => EngineWritten(new TimeoutException($"Document processing exceeded the timeout of {limit}."));

    internal static string TypeName(Exception exception) => Unwrap(exception).GetType().Name;

    /// <summary>The HTTP contract's words for a read failure, and plain words for the later stages.</summary>
    private static string StageMessage(FailureStage stage) => stage switch
    {
        FailureStage.Reading => "Unable to extract content",
        FailureStage.Detecting => "A detector failed on this document",
        FailureStage.Classifying => "The classifier failed on this document",
        FailureStage.Saving => "The result could not be saved",
        _ => "The job could not be queued",
    };

    // A reader's sentence comes first; what follows its first ": " is the parser's own words (which may quote the file).
    private static string FirstClause(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? message : message[..colon].TrimEnd('.') + ".";
    }

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
