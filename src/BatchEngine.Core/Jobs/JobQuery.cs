namespace BatchEngine.Jobs;

/// <summary>Which jobs to list: newest first, optionally one status, a page of them.</summary>
public sealed record JobQuery
{
    /// <summary>Only jobs with this status; null for all.</summary>
    public JobStatus? Status { get; init; }

    /// <summary>
    /// True (the default) lists every job whoever owns it; false lists only the jobs whose owner is
    /// <see cref="Owner"/> (the jobs without an owner when it is null).
    /// </summary>
    public bool AllOwners { get; init; } = true;

    /// <summary>The owner whose jobs are listed when <see cref="AllOwners"/> is false.</summary>
    public string? Owner { get; init; }

    /// <summary>How many jobs to skip from the newest.</summary>
    public int Offset { get; init; }

    /// <summary>How many jobs at most to return.</summary>
    public int Limit { get; init; } = 100;
}
