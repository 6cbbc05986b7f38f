namespace BatchEngine.Scheduling;

/// <summary>The active jobs sharing one priority, in enqueue order. Immutable: changes build a new tier.</summary>
internal sealed class PriorityTier(int priority, JobRange[] jobs)
{
    public int Priority { get; } = priority;

    public JobRange[] Jobs { get; } = jobs;
}
