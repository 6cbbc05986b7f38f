namespace BatchEngine.AI;

/// <summary>
/// Settings of the chat-model classifier, bound from configuration (<c>BatchEngine:AI</c> in the sample host) and
/// validated when the engine starts. Every default keeps the document's values away from the model and keeps the
/// model's work inside the engine's <c>DocumentTimeout</c>.
/// </summary>
public sealed class ChatClassifierOptions
{
    /// <summary>The service key of a second <c>IChatClient</c> that checks the first one's answer. Default <c>batchengine-check</c>; no check when nothing is registered under it.</summary>
    public string CheckClientKey { get; set; } = "batchengine-check";

    /// <summary>Model id sent with each call to the first model; null uses the client's own default.</summary>
    public string? ModelId { get; set; }

    /// <summary>Model id sent with each call to the checking model; null uses that client's own default.</summary>
    public string? CheckModelId { get; set; }

    /// <summary>The prompts; replace any of them from configuration.</summary>
    public ChatClassifierPrompts Prompts { get; set; } = new();

    /// <summary>Sends the pages' text as it is, without masking detected values. Default false: every value is masked.</summary>
    public bool SendRawText { get; set; }

    /// <summary>Most characters of one page the model sees. Default 4,000.</summary>
    public int MaxCharactersPerPage { get; set; } = 4_000;

    /// <summary>Most characters of page text in one request. Default 16,000.</summary>
    public int MaxCharactersPerDocument { get; set; } = 16_000;

    /// <summary>Most detector signals listed in the prompt (the strongest first). Default 40.</summary>
    public int MaxSignals { get; set; } = 40;

    /// <summary>Most tokens a model may write in one answer. Default 1,000.</summary>
    public int MaxOutputTokens { get; set; } = 1_000;

    /// <summary>
    /// The model accepts images: embedded images go with the request as data. Default false. Images are sent as
    /// they are: a value in a picture cannot be masked.
    /// </summary>
    public bool SendImages { get; set; }

    /// <summary>Most images sent with one request. Default 4.</summary>
    public int MaxImages { get; set; } = 4;

    /// <summary>Largest image sent, in bytes; larger ones are left out. Default 1 MiB.</summary>
    public int MaxImageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Lets the model lower the category the rules found (for example Highly Sensitive from a validated card
    /// number). Default false: the model may only raise it. Unsafe is never lowered.
    /// </summary>
    public bool AllowLoweringRulesCategory { get; set; }

    /// <summary>One model call still unanswered after this is abandoned (and retried while the budget lasts). Default 30 s.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// All the model work of one document, waits and retries included; past it the rules' answer stands. Must stay
    /// under the engine's <c>DocumentTimeout</c>. Default 60 s.
    /// </summary>
    public TimeSpan DocumentBudget { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of one call after a 429, a 5xx, a timeout or a connection failure. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; it doubles on each retry (with jitter). A 429's <c>Retry-After</c> wins when longer. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before a retry; a <c>Retry-After</c> asking for more ends the retries. Default 20 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Most model calls in flight at once in this process, across all workers and both models. Default 4.</summary>
    public int MaxConcurrentCalls { get; set; } = 4;

    /// <summary>Failed attempts in a row that open a model's circuit (no calls to it for <see cref="CircuitBreakDuration"/>). Default 5.</summary>
    public int CircuitFailureThreshold { get; set; } = 5;

    /// <summary>How long an open circuit stops calls before one trial call is let through. Default 30 s.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
