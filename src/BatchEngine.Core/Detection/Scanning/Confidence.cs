namespace BatchEngine.Detection.Scanning;

/// <summary>Confidence arithmetic shared by the finders.</summary>
internal static class Confidence
{
    /// <summary>Added to a PII hit's base confidence when a context word stands before it.</summary>
    public const double ContextBoost = 0.3;

    /// <summary>The base confidence, raised by <see cref="ContextBoost"/> when context was found, capped at 0.99.</summary>
    public static double WithContext(double baseConfidence, bool hasContext) =>
        hasContext ? Math.Min(0.99, baseConfidence + ContextBoost) : baseConfidence;
}
