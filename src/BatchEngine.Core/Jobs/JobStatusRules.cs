namespace BatchEngine.Jobs;

/// <summary>
/// The job status rules in one place, so every store derives a job's status and progress the same way:
/// cancelled after a cancel; failed when the job was failed or every document failed; completed when every
/// document is terminal (even if some failed); pending while no document has left pending; else processing.
/// </summary>
public static class JobStatusRules
{
    /// <summary>The job's status and error from its documents' counts.</summary>
    public static (JobStatus Status, string? Error) Derive(
        int total, int pending, int completed, int failed, int cancelled, bool cancelRequested, string? jobError)
    {
        if (cancelRequested)
        {
            return (JobStatus.Cancelled, null);
        }

        if (jobError is not null)
        {
            return (JobStatus.Failed, jobError);
        }

        if (total == 0)
        {
            return (JobStatus.Completed, null);
        }

        if (completed + failed + cancelled == total)
        {
            return failed == total
                ? (JobStatus.Failed, AllDocumentsFailedError(total))
                : (JobStatus.Completed, null);
        }

        return pending == total ? (JobStatus.Pending, null) : (JobStatus.Processing, null);
    }

    /// <summary>The job's error when every one of its documents failed.</summary>
    public static string AllDocumentsFailedError(int total) =>
        total == 1 ? "The job's only document failed." : $"All {total} documents of the job failed.";

    /// <summary>Plain mean of the documents' progress (failed ones count 0), rounded to one decimal (66.7).</summary>
    public static double MeanProgress(double progressSum, int total) =>
        total == 0 ? 0.0 : Math.Round(progressSum / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>True for the statuses a job never leaves.</summary>
    public static bool IsTerminal(JobStatus status) =>
        status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>True for the statuses a document never leaves.</summary>
    public static bool IsTerminal(DocumentStatus status) =>
        status is DocumentStatus.Completed or DocumentStatus.Failed or DocumentStatus.Cancelled;
}
