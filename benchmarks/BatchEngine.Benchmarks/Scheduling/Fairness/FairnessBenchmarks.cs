using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>
/// Fairness and latency: while a 50,000-document job runs (20 µs of CPU per document), the time from
/// submitting a 3-document job to its last document being done. A FIFO channel makes the small job
/// wait for the big one; BatchEngine's round-robin should not.
/// </summary>
[InvocationCount(1)]
public class FairnessBenchmarks
{
    private IFairnessRig _rig = null!;
    private WorkQueueFactory _queues = null!;
    private int _iteration;

    [Params(2, 4)]
    public int Workers { get; set; }

    [GlobalSetup(Target = nameof(BatchEngineQueue))]
    public void SetupBatchEngine() => _queues = new WorkQueueFactory();

    [IterationSetup(Target = nameof(Channel))]
    public void StartChannel() => Start(new ChannelFairnessRig(NextWorkload()));

    [IterationSetup(Target = nameof(BatchEngineQueue))]
    public void StartBatchEngine() => Start(new WorkQueueFairnessRig(NextWorkload(), _queues.Create()));

    [Benchmark(Baseline = true)]
    public Task Channel() => _rig.RunSmallJobAsync();

    [Benchmark]
    public Task BatchEngineQueue() => _rig.RunSmallJobAsync();

    [IterationCleanup]
    public void Stop()
    {
        _rig.StopAsync().GetAwaiter().GetResult();
        (_rig as IDisposable)?.Dispose();
    }

    private FairnessWorkload NextWorkload() => new(Workers, _iteration++);

    private void Start(IFairnessRig rig)
    {
        _rig = rig;
        rig.StartAsync().GetAwaiter().GetResult();
    }
}
