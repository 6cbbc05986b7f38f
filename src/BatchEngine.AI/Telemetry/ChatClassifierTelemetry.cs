using System.Diagnostics.Metrics;

namespace BatchEngine.AI.Telemetry;

/// <summary>
/// The model calls' instruments, on the engine's meter name ("BatchEngine") so one listener sees the engine and
/// its model. Tags carry the model's name, the role and the outcome; never a prompt or an answer.
/// </summary>
internal static class ChatClassifierTelemetry
{
    public const string MeterName = "BatchEngine";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Attempts sent to a model, whatever came back.</summary>
    public static readonly Counter<long> Calls =
        Meter.CreateCounter<long>("batchengine.ai.calls", "{call}", "Model calls sent (each retry counts).");

    /// <summary>Attempts that failed (tag <c>batchengine.ai.fault</c>: http-429, http-500, timeout, connection, invalid-answer, ...).</summary>
    public static readonly Counter<long> Failures =
        Meter.CreateCounter<long>("batchengine.ai.failures", "{call}", "Model calls that failed or gave an invalid answer.");

    public static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("batchengine.ai.call.duration", "s", "Time of one model call, answered or not.");

    public static readonly Counter<long> InputTokens =
        Meter.CreateCounter<long>("batchengine.ai.tokens.input", "{token}", "Input tokens the model reported.");

    public static readonly Counter<long> OutputTokens =
        Meter.CreateCounter<long>("batchengine.ai.tokens.output", "{token}", "Output tokens the model reported.");
}
