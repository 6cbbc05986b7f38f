namespace BatchEngine.Classification.Policy;

/// <summary>What the policy says about one signal type, after every matching rule was applied.</summary>
internal sealed record ResolvedRule(SensitivityCategory? Category, string? Tag, string Reason);
