using BatchEngine.AI.Answers;

namespace BatchEngine.AI.Calls;

/// <summary>What one logical call (its retries included) gave: a checked verdict, or the reason there is none.</summary>
internal sealed record ModelCallResult(string Model, CheckedVerdict? Verdict, string? Problem)
{
    public static ModelCallResult Answered(string model, CheckedVerdict verdict) => new(model, verdict, null);

    public static ModelCallResult Failed(string model, string problem) => new(model, null, problem);
}
