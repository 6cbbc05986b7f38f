namespace BatchEngine.Scheduling;

/// <summary>A job's documents to schedule, in upload order. Enqueueing it is O(1): the queue keeps the list, not copies.</summary>
/// <param name="JobId">The job.</param>
/// <param name="DocIds">Its documents, in upload order.</param>
/// <param name="Priority">Higher runs first; equal priorities share workers round-robin.</param>
public sealed record JobWork(string JobId, IReadOnlyList<string> DocIds, int Priority = 0)
{
    /// <summary>
    /// Each document's media type as sniffed at submit, parallel to <see cref="DocIds"/> (same length, same order);
    /// null when unknown. A queue may hand them out as <see cref="WorkItem.MediaType"/>.
    /// </summary>
    public IReadOnlyList<string?>? MediaTypes { get; init; }
}
