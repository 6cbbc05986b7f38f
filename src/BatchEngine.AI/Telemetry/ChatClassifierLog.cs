using Microsoft.Extensions.Logging;

namespace BatchEngine.AI.Telemetry;

/// <summary>
/// Source-generated log messages. They name ids, roles, models and fault kinds; never a prompt, a page's text, an
/// answer or an exception's message (which may quote the request).
/// </summary>
internal static partial class ChatClassifierLog
{
    [LoggerMessage(1, LogLevel.Debug, "Document {DocId}: {Role} model {Model} answered {Category}.")]
    public static partial void Answered(ILogger logger, string docId, string role, string model, string category);

    [LoggerMessage(2, LogLevel.Warning, "Document {DocId}: {Role} model call failed ({Fault}); attempt {Attempt}.")]
    public static partial void AttemptFailed(ILogger logger, string docId, string role, string fault, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "Document {DocId}: {Role} model unavailable ({Reason}); the rules' answer stands, flagged for review.")]
    public static partial void Unavailable(ILogger logger, string docId, string role, string reason);

    [LoggerMessage(4, LogLevel.Warning, "{Role} model circuit opened after {Failures} failed calls in a row.")]
    public static partial void CircuitOpened(ILogger logger, string role, int failures);
}
