namespace BatchEngine.Scheduling;

/// <summary>One document handed to a worker. A value type, so claiming one allocates nothing.</summary>
/// <param name="JobId">The document's job.</param>
/// <param name="DocId">The document.</param>
/// <param name="Receipt">What the queue needs to acknowledge the item (a Redis stream entry id); null in memory.</param>
public readonly record struct WorkItem(string JobId, string DocId, string? Receipt = null)
{
    /// <summary>
    /// The document's media type as sniffed at submit (<see cref="Jobs.DocumentRecord.MediaType"/>), so the worker
    /// picks its reader without sniffing again; null when the queue does not carry it (the worker then reads it
    /// from the job store).
    /// </summary>
    public string? MediaType { get; init; }
}
