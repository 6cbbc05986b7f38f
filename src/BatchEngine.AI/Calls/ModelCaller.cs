using System.Diagnostics;
using System.Globalization;
using BatchEngine.AI.Answers;
using BatchEngine.AI.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace BatchEngine.AI.Calls;

/// <summary>
/// Sends one request to one model with the faults handled: the circuit first, then a slot of the process-wide
/// gate, a per-call timeout, and retries with doubling, jittered delays on 429 (a longer <c>Retry-After</c> wins),
/// 5xx, timeouts and connection failures, all inside the document's budget. Never throws for the model's sake:
/// only the caller's own cancellation escapes.
/// </summary>
internal sealed class ModelCaller(ChatClassifierOptions options, ModelCallGate gate, TimeProvider time, ILogger logger)
{
    private static readonly ChatResponseFormat Format =
        ChatResponseFormat.ForJsonSchema<ModelVerdict>(AnswerJsonContext.Default.Options, "classification", "A sensitivity classification of one document.");

    public async Task<ModelCallResult> CallAsync(
        ModelEndpoint endpoint,
        IList<ChatMessage> messages,
        IReadOnlySet<int> pages,
        string docId,
        CancellationToken budget,
        CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions { ResponseFormat = Format, ModelId = endpoint.ModelId, MaxOutputTokens = options.MaxOutputTokens };
        for (var attempt = 1; ; attempt++)
        {
            if (!endpoint.Circuit.TryEnter(out var openUntil))
            {
                return ModelCallResult.Failed(endpoint.Name, string.Create(CultureInfo.InvariantCulture, $"calls to it are paused until {openUntil:HH:mm:ss} UTC after repeated failures"));
            }

            var (result, fault) = await AttemptAsync(endpoint, messages, chatOptions, pages, budget, cancellationToken).ConfigureAwait(false);
            if (result is not null)
            {
                return result;
            }

            Record(endpoint, fault.Kind);
            ChatClassifierLog.AttemptFailed(logger, docId, endpoint.Role, fault.Kind, attempt);
            if (endpoint.Circuit.Failed())
            {
                ChatClassifierLog.CircuitOpened(logger, endpoint.Role, options.CircuitFailureThreshold);
            }

            if (!fault.Transient || attempt > options.MaxRetries || budget.IsCancellationRequested)
            {
                return ModelCallResult.Failed(endpoint.Name, Describe(fault, attempt));
            }

            if (fault.RetryAfter > options.MaxRetryDelay)
            {
                return ModelCallResult.Failed(endpoint.Name, string.Create(CultureInfo.InvariantCulture,
                    $"it asked to retry after {fault.RetryAfter.Value.TotalSeconds:0.#} s, longer than ChatClassifierOptions.MaxRetryDelay"));
            }

            try
            {
                await Task.Delay(Delay(attempt, fault.RetryAfter), time, budget).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ModelCallResult.Failed(endpoint.Name, Describe(fault, attempt) + "; the document's model budget ran out");
            }
        }
    }

    /// <summary>One attempt: an answer (valid or not), or the fault that stopped it.</summary>
    private async Task<(ModelCallResult? Result, ModelFault Fault)> AttemptAsync(
        ModelEndpoint endpoint,
        IList<ChatMessage> messages,
        ChatOptions chatOptions,
        IReadOnlySet<int> pages,
        CancellationToken budget,
        CancellationToken cancellationToken)
    {
        if (!await gate.EnterAsync(budget).ConfigureAwait(false))
        {
            endpoint.Circuit.Abandoned();
            cancellationToken.ThrowIfCancellationRequested();
            return (ModelCallResult.Failed(endpoint.Name, "no model call slot came free within the document's budget"), default);
        }

        var started = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(budget);
        timeout.CancelAfter(options.CallTimeout);
        ChatClassifierTelemetry.Calls.Add(1, new TagList { { "batchengine.ai.role", endpoint.Role }, { "batchengine.ai.model", endpoint.Name } });
        try
        {
            var response = await endpoint.Client.GetResponseAsync(messages, chatOptions, timeout.Token).ConfigureAwait(false);
            endpoint.Circuit.Succeeded();
            var model = response.ModelId ?? endpoint.Name;
            RecordUsage(endpoint, model, response.Usage);
            var (verdict, problem) = VerdictReader.Read(response.Text, pages);
            if (verdict is null)
            {
                Record(endpoint, "invalid-answer");
                return (ModelCallResult.Failed(model, $"its answer was refused: {problem}"), default);
            }

            return (ModelCallResult.Answered(model, verdict), default);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            endpoint.Circuit.Abandoned();
            throw;
        }
        catch (OperationCanceledException)
        {
            return (null, ModelFault.Timeout);
        }
        catch (Exception e)
        {
            // A provider may wrap our own timeout in its own exception: the token tells what happened.
            return (null, timeout.IsCancellationRequested ? ModelFault.Timeout : ModelFault.From(e, time.GetUtcNow()));
        }
        finally
        {
            gate.Exit();
            ChatClassifierTelemetry.Duration.Record(time.GetElapsedTime(started).TotalSeconds, new TagList { { "batchengine.ai.role", endpoint.Role }, { "batchengine.ai.model", endpoint.Name } });
        }
    }

    private TimeSpan Delay(int attempt, TimeSpan? retryAfter)
    {
        var backoff = options.RetryBaseDelay * Math.Pow(2, attempt - 1) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        var delay = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    private static string Describe(ModelFault fault, int attempts) => fault.Kind switch
    {
        "timeout" => string.Create(CultureInfo.InvariantCulture, $"no answer within the call timeout ({attempts} attempt(s))"),
        "connection" => string.Create(CultureInfo.InvariantCulture, $"its endpoint could not be reached ({attempts} attempt(s))"),
        var kind => string.Create(CultureInfo.InvariantCulture, $"it failed with {kind} ({attempts} attempt(s))"),
    };

    private static void Record(ModelEndpoint endpoint, string fault) =>
        ChatClassifierTelemetry.Failures.Add(1, new TagList { { "batchengine.ai.role", endpoint.Role }, { "batchengine.ai.model", endpoint.Name }, { "batchengine.ai.fault", fault } });

    private static void RecordUsage(ModelEndpoint endpoint, string model, UsageDetails? usage)
    {
        var tags = new TagList { { "batchengine.ai.role", endpoint.Role }, { "batchengine.ai.model", model } };
        if (usage?.InputTokenCount is { } input)
        {
            ChatClassifierTelemetry.InputTokens.Add(input, tags);
        }

        if (usage?.OutputTokenCount is { } output)
        {
            ChatClassifierTelemetry.OutputTokens.Add(output, tags);
        }
    }
}
