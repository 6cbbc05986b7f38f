using BatchEngine.AI.Calls;
using BatchEngine.AI.Decision;
using BatchEngine.AI.Prompting;
using BatchEngine.AI.Telemetry;
using BatchEngine.Classification;
using BatchEngine.Detection;
using BatchEngine.Reading;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.AI;

/// <summary>
/// The rules first, always; then the chat model judges their evidence and the masked pages, and a second model
/// (when one is registered) checks that answer. All the model work of a document runs inside
/// <see cref="ChatClassifierOptions.DocumentBudget"/> and within the engine's "classification completed" stage.
/// Whatever the model does, the document gets an answer: without a valid model answer it is the rules' answer,
/// flagged for review with the reason.
/// </summary>
internal sealed class ChatClassifier : IClassifier
{
    private readonly IClassifier _rules;
    private readonly ChatClassifierOptions _options;
    private readonly double _reviewThreshold;
    private readonly ModelEndpoint _primary;
    private readonly ModelEndpoint? _check;
    private readonly PromptBuilder _prompts;
    private readonly ModelCaller _caller;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ChatClassifier(
        IClassifier rules,
        IServiceProvider services,
        IOptions<ChatClassifierOptions> options,
        IOptions<ClassificationOptions> classification,
        ModelCallGate gate,
        TimeProvider time,
        ILogger<ChatClassifier> logger)
    {
        _rules = rules;
        _options = options.Value;
        _reviewThreshold = classification.Value.ReviewThreshold;
        _time = time;
        _logger = logger;
        var primary = services.GetService<IChatClient>()
            ?? throw new InvalidOperationException("AddChatClassifier() needs an IChatClient in the service collection (for example services.AddSingleton<IChatClient>(...)).");
        _primary = new ModelEndpoint(ModelEndpoint.ClassifyRole, primary, _options.ModelId, Circuit());
        if (services.GetKeyedService<IChatClient>(_options.CheckClientKey) is { } check)
        {
            _check = new ModelEndpoint(ModelEndpoint.CheckRole, check, _options.CheckModelId, Circuit());
        }

        _prompts = new PromptBuilder(_options);
        _caller = new ModelCaller(_options, gate, time, logger);
    }

    public async ValueTask<ClassificationResult> ClassifyAsync(
        string docId,
        ExtractedDocument document,
        IReadOnlyList<DetectionSignal> signals,
        CancellationToken cancellationToken)
    {
        var rules = await _rules.ClassifyAsync(docId, document, signals, cancellationToken).ConfigureAwait(false);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.DocumentBudget);
        var pages = Pages(document);

        var first = await _caller.CallAsync(_primary, _prompts.Classify(document, rules, signals), pages, docId, budget.Token, cancellationToken).ConfigureAwait(false);
        if (first.Verdict is null)
        {
            ChatClassifierLog.Unavailable(_logger, docId, _primary.Role, Reason(first.Problem));
            return AnswerCombiner.Unavailable(rules, first);
        }

        ChatClassifierLog.Answered(_logger, docId, _primary.Role, first.Model, first.Verdict.Category.ToString());
        ModelCallResult? checkedBy = null;
        if (_check is not null)
        {
            checkedBy = await _caller.CallAsync(_check, _prompts.Check(document, rules, signals, first.Verdict.Answer), pages, docId, budget.Token, cancellationToken).ConfigureAwait(false);
            if (checkedBy.Verdict is { } second)
            {
                ChatClassifierLog.Answered(_logger, docId, _check.Role, checkedBy.Model, second.Category.ToString());
            }
            else
            {
                ChatClassifierLog.Unavailable(_logger, docId, _check.Role, Reason(checkedBy.Problem));
            }
        }

        return AnswerCombiner.Combine(rules, first, checkedBy, _options, _reviewThreshold);
    }

    private CircuitBreaker Circuit() => new(_options.CircuitFailureThreshold, _options.CircuitBreakDuration, _time);

    /// <summary>The pages that exist: every page counted, and every page read.</summary>
    private static HashSet<int> Pages(ExtractedDocument document)
    {
        var pages = Enumerable.Range(1, Math.Max(document.PageCount, 0)).ToHashSet();
        pages.UnionWith(document.Pages.Select(p => p.Number));
        return pages;
    }

    /// <summary>The log names the kind of failure only (the reasons the engine wrote carry no document text).</summary>
    private static string Reason(string? problem) => problem ?? "unknown";
}
