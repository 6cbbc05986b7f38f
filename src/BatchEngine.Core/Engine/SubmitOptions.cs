namespace BatchEngine.Engine;

/// <summary>Per-submission settings.</summary>
public sealed record SubmitOptions
{
    /// <summary>Higher runs first; null takes <see cref="BatchEngineOptions.DefaultPriority"/>.</summary>
    public int? Priority { get; init; }
}
