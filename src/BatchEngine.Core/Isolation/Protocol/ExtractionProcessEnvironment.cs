namespace BatchEngine.Isolation.Protocol;

/// <summary>Environment variables the pool sets for its children.</summary>
internal static class ExtractionProcessEnvironment
{
    /// <summary>"1" lets fault markers act (tests only; set from <see cref="IsolationOptions.AllowFaultInjection"/>).</summary>
    public const string FaultInjectionVariable = "BATCHENGINE_EXTRACTION_FAULTS";
}
