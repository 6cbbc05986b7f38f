namespace BatchEngine.Classification;

/// <summary>The safety verdict, kept apart from the sensitivity ladder.</summary>
public sealed record ContentSafety
{
    /// <summary>True when any unsafe-content signal fired.</summary>
    public required bool IsUnsafe { get; init; }

    /// <summary>The unsafe-content kinds that fired (for example <c>violence</c>); empty when safe.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
