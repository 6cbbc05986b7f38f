using BatchEngine.Jobs;

namespace BatchEngine.Batches;

/// <summary>What a submission did: the job (null when every file was refused), and the refused files.</summary>
/// <param name="Job">The created job, or null when no file was accepted.</param>
/// <param name="Documents">The accepted documents, in upload order.</param>
/// <param name="Rejected">The refused files, in upload order.</param>
public sealed record BatchSubmission(JobRecord? Job, IReadOnlyList<DocumentRecord> Documents, IReadOnlyList<RejectedDocument> Rejected);
