namespace BatchEngine.Batches;

/// <summary>Per-submission settings.</summary>
public sealed record SubmitOptions
{
    /// <summary>Higher runs first; null takes <see cref="BatchEngineOptions.DefaultPriority"/>.</summary>
    public int? Priority { get; init; }

    /// <summary>
    /// Who the job belongs to (an opaque id, such as the authenticated user's name identifier); null for a job
    /// without an owner. The HTTP endpoints show a job only to its owner (and to admins).
    /// </summary>
    public string? Owner { get; init; }
}
