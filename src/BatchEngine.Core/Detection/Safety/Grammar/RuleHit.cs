namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>A construction that matched a sentence: what it is, how sure the rule is, and the feature name the model sees.</summary>
internal readonly record struct RuleHit(SafetyCategory Category, double Confidence, string Feature);
