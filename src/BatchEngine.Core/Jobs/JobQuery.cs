namespace BatchEngine.Jobs;

/// <summary>Which jobs to list: newest first, optionally one status, a page of them.</summary>
public sealed record JobQuery
{
    /// <summary>Only jobs with this status; null for all.</summary>
    public JobStatus? Status { get; init; }

    /// <summary>How many jobs to skip from the newest.</summary>
    public int Offset { get; init; }

    /// <summary>How many jobs at most to return.</summary>
    public int Limit { get; init; } = 100;
}
