using BatchEngine.Processing;
using BatchEngine.Storage;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Retention;

/// <summary>Deletes finished jobs (records and content) once <see cref="BatchEngineOptions.JobRetention"/> has passed since their last change.</summary>
internal sealed class JobRetentionSweeper(IJobStore store, JobRemover remover, TimeProvider time, ILogger<JobRetentionSweeper> logger)
{
    /// <summary>How often to sweep: often enough that a job outlives its retention by a small fraction of it.</summary>
    public static TimeSpan IntervalFor(TimeSpan retention)
    {
        var tenth = retention / 10;
        return tenth < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1)
            : tenth > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5)
            : tenth;
    }

    /// <summary>Deletes every job that expired; returns how many.</summary>
    public async Task<int> SweepOnceAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var expired = await store.GetExpiredJobIdsAsync(time.GetUtcNow() - retention, cancellationToken).ConfigureAwait(false);
        foreach (var jobId in expired)
        {
            await remover.DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false);
            EngineLog.JobExpired(logger, jobId);
        }

        return expired.Count;
    }

    public async Task RunAsync(TimeSpan retention, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(IntervalFor(retention), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await SweepOnceAsync(retention, stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    EngineLog.SweepFailed(logger, e.GetType().Name);
                    if (logger.IsEnabled(LogLevel.Debug))
                    {
                        EngineLog.ErrorDetail(logger, "the retention sweep", DocumentErrors.Detail(e));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
