using System.Collections.Concurrent;

namespace BatchEngine.Classification.Policy;

/// <summary>
/// Resolves a signal type against the rules in order: every rule whose type matches (exactly, or by a
/// <c>Family:*</c> wildcard) is applied, so later rules override the category, and fill the tag and reason
/// when they give one. Types no rule matches decide nothing and are only kept as raw signals.
/// </summary>
internal sealed class SignalRuleBook(IReadOnlyList<SignalRule> rules)
{
    private readonly ConcurrentDictionary<string, ResolvedRule?> _cache = new(StringComparer.Ordinal);

    public ResolvedRule? Resolve(string type) => _cache.GetOrAdd(type, Compute);

    private ResolvedRule? Compute(string type)
    {
        bool matched = false;
        SensitivityCategory? category = null;
        string? tag = null;
        string? reason = null;
        foreach (SignalRule rule in rules)
        {
            if (!Matches(rule.Type, type))
            {
                continue;
            }

            matched = true;
            category = rule.Category;
            tag = rule.Tag ?? tag;
            reason = rule.Reason ?? reason;
        }

        return matched ? new ResolvedRule(category, tag, reason ?? type) : null;
    }

    private static bool Matches(string pattern, string type) =>
        pattern.EndsWith(":*", StringComparison.Ordinal)
            ? type.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(pattern, type, StringComparison.Ordinal);
}
