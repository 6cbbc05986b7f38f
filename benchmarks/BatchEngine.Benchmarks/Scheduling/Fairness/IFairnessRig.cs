namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>A scheduler under the fairness benchmark: a big job running, a small job submitted into it.</summary>
internal interface IFairnessRig
{
    /// <summary>Starts the workers and the big job, and returns once the big job is well under way.</summary>
    Task StartAsync();

    /// <summary>Submits the small job and completes when its last document is processed (the measured part).</summary>
    Task RunSmallJobAsync();

    /// <summary>Drops the rest of the big job and stops the workers.</summary>
    Task StopAsync();
}
