namespace BatchEngine.Jobs;

/// <summary>A job with its documents in upload order, as <c>GET /status/{job_id}</c> shows it.</summary>
/// <param name="Job">The job.</param>
/// <param name="Documents">Its documents, in upload order.</param>
public sealed record JobSnapshot(JobRecord Job, IReadOnlyList<DocumentRecord> Documents);
