namespace BatchEngine.Processing;

/// <summary>Writes a document's error the way the HTTP reference does: "ExceptionType: message".</summary>
internal static class DocumentErrors
{
    public static string Describe(Exception exception)
    {
        var inner = Unwrap(exception);
        return $"{inner.GetType().Name}: {inner.Message}";
    }

    /// <summary>The error of a document that ran over <see cref="BatchEngineOptions.DocumentTimeout"/>.</summary>
    public static TimeoutException Timeout(TimeSpan limit) => new($"Document processing exceeded the timeout of {limit}.");

    public static string TypeName(Exception exception) => Unwrap(exception).GetType().Name;

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : exception;
}
