using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling.Alternatives;

/// <summary>Parallel.ForEachAsync over the documents with the worker count as its degree of parallelism.</summary>
internal static class ParallelForEachScheduler
{
    public static Task RunAsync(WorkItem[] items, int workers) => Parallel.ForEachAsync(
        items,
        new ParallelOptions { MaxDegreeOfParallelism = workers },
        static (item, _) =>
        {
            NoOpWork.Process(item);
            return ValueTask.CompletedTask;
        });
}
