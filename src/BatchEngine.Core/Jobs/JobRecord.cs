namespace BatchEngine.Jobs;

/// <summary>A point-in-time view of a batch job. Stores hand out copies; changing one changes nothing stored.</summary>
public sealed record JobRecord
{
    /// <summary>The job's id (a GUID in its "D" form).</summary>
    public required string JobId { get; init; }

    /// <summary>The job's status, derived from its documents as the status rules say.</summary>
    public required JobStatus Status { get; init; }

    /// <summary>How many documents the job holds.</summary>
    public required int TotalFiles { get; init; }

    /// <summary>Documents that completed.</summary>
    public int Completed { get; init; }

    /// <summary>Documents that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Documents that were cancelled before they finished.</summary>
    public int Cancelled { get; init; }

    /// <summary>Mean of the documents' progress, in percent, rounded to one decimal.</summary>
    public double Progress { get; init; }

    /// <summary>Higher runs first; equal priorities share the workers round-robin.</summary>
    public int Priority { get; init; }

    /// <summary>When the job was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When anything in the job last changed (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Who the job belongs to (see <see cref="Batches.SubmitOptions.Owner"/>); null when it has no owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Why the job failed, when <see cref="Status"/> is <see cref="JobStatus.Failed"/>.</summary>
    public string? Error { get; init; }
}
