namespace BatchEngine.Scheduling;

/// <summary>One document handed to a worker. A value type, so claiming one allocates nothing.</summary>
/// <param name="JobId">The document's job.</param>
/// <param name="DocId">The document.</param>
/// <param name="Receipt">What the queue needs to acknowledge the item (a Redis stream entry id); null in memory.</param>
public readonly record struct WorkItem(string JobId, string DocId, string? Receipt = null);
