using BatchEngine.Benchmarks.Harness;
using BatchEngine.Benchmarks.Scheduling.Alternatives;
using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>
/// 100,000 documents whose processing does nothing, through BatchEngine's scheduler (claim and
/// acknowledge on its default <c>IWorkQueue</c>) and through what a user would otherwise write, side
/// by side. One operation is one document: Mean is time per document, Allocated is bytes per document.
/// </summary>
[UnitOfWork("docs")]
public class SchedulerThroughputBenchmarks
{
    private const int Documents = 100_000;

    private NoOpBatch _batch = null!;
    private WorkQueueFactory _queues = null!;

    [Params(1, 2, 4)]
    public int Workers { get; set; }

    [Params(BatchShape.OneBigJob, BatchShape.JobsOf100)]
    public BatchShape Shape { get; set; }

    [GlobalSetup]
    public void Setup() => _batch = NoOpBatch.Create(Shape, Documents);

    [GlobalSetup(Target = nameof(BatchEngineQueue))]
    public void SetupBatchEngine()
    {
        Setup();
        _queues = new WorkQueueFactory();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Documents)]
    public Task Channel() => ChannelScheduler.RunAsync(_batch.Items, Workers);

    [Benchmark(OperationsPerInvoke = Documents)]
    public Task BatchEngineQueue() => WorkQueueDrain.RunAsync(_queues.Create(), _batch.Jobs, _batch.Count, Workers);

    [Benchmark(OperationsPerInvoke = Documents)]
    public Task ConcurrentQueueSemaphore() => ConcurrentQueueScheduler.RunAsync(_batch.Items, Workers);

    [Benchmark(OperationsPerInvoke = Documents)]
    public Task ParallelForEachAsync() => ParallelForEachScheduler.RunAsync(_batch.Items, Workers);

    [Benchmark(OperationsPerInvoke = Documents)]
    public Task TaskRunPerDocument() => TaskPerDocumentScheduler.RunAsync(_batch.Items, Workers);
}
