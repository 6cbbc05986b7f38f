namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>The fairness scenario's sizes, shared by every rig.</summary>
internal sealed record FairnessWorkload(int Workers, int Iteration)
{
    public const int BigJobDocuments = 50_000;
    public const int SmallJobDocuments = 3;

    /// <summary>The small job arrives once this many documents of the big job are done.</summary>
    public const int BigJobDoneBeforeSmallJob = 1_000;

    public NoOpBatch BigJob { get; } = NoOpBatch.Create(BatchShape.OneBigJob, BigJobDocuments, $"big{Iteration}");

    public NoOpBatch SmallJob { get; } = NoOpBatch.Create(BatchShape.OneBigJob, SmallJobDocuments, $"small{Iteration}");

    public FairnessProbe NewProbe() => new(SmallJob.Jobs[0].JobId, SmallJobDocuments);
}
