using BatchEngine.Jobs;

namespace BatchEngine.Storage;

/// <summary>
/// Optional for a job store: reads a job and its documents in one consistent step, so the job's counters
/// and progress always agree with the documents shown beside them. The facade uses it when the store has
/// it, and otherwise reads the job and its documents one after the other.
/// </summary>
public interface IJobSnapshotReader
{
    /// <summary>The job with its documents in upload order, or null when unknown.</summary>
    Task<JobSnapshot?> GetSnapshotAsync(string jobId, CancellationToken cancellationToken);
}
