namespace BatchEngine.Scheduling;

/// <summary>
/// Where workers get documents from. The default is the in-process lock-free queue; the Redis adapter
/// feeds the same workers from a Redis stream so several hosts share one batch.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Schedules every document of a job.</summary>
    ValueTask EnqueueAsync(JobWork work, CancellationToken cancellationToken);

    /// <summary>Claims the next document without blocking: round-robin across active jobs, higher priority first.</summary>
    bool TryClaim(out WorkItem item);

    /// <summary>Parks the caller until work may be available (or the token fires). Never spins.</summary>
    ValueTask WaitForWorkAsync(CancellationToken cancellationToken);

    /// <summary>The worker is done with the item (terminal state stored).</summary>
    ValueTask AcknowledgeAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>The worker gives the item back unfinished (graceful stop); it will be claimed again.</summary>
    ValueTask ReleaseAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>Stops handing out the job's remaining documents.</summary>
    ValueTask CancelJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// Fires when the item must stop for a reason this process did not cause: its job was cancelled on another
    /// host sharing the queue, or another host took the item over. The worker then stops it as for a local cancel.
    /// A queue no other process shares never fires it.
    /// </summary>
    CancellationToken StoppedElsewhere(WorkItem item) => CancellationToken.None;
}
