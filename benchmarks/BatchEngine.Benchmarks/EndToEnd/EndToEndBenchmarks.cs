using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Benchmarks.Harness;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.EndToEnd;

/// <summary>
/// Documents per second for the corpus through the whole engine in process (submit to the in-memory
/// store, schedule, read, detect, classify, store), against extraction alone with the same reader and
/// the same number of documents in flight (the baseline). The share of time outside extraction is
/// 1 - 1/Ratio. One operation is the whole corpus (files that read without error).
/// </summary>
[InvocationCount(1)]
public class EndToEndBenchmarks
{
    private const int Workers = 4;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(5);

    private EngineServices _services = null!;
    private IBatchEngine _engine = null!;
    private IReadOnlyList<CorpusFile> _files = [];
    private string? _lastJobId;

    [Params(ReadingMode.InProcess, ReadingMode.Isolated)]
    public ReadingMode Reading { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = [.. CorpusText.Documents.Select(d => d.File)];
        UnitsOfWork.Publish(this, "docs", _files.Count);
        _services = new EngineServices(options =>
        {
            Reading.Configure(options);
            options.WorkerCount = Workers;
        });
        _engine = _services.Get<IBatchEngine>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _services.DisposeAsync().ConfigureAwait(false);

    [Benchmark(Baseline = true)]
    public Task ExtractionOnly() => Parallel.ForEachAsync(
        _files,
        new ParallelOptions { MaxDegreeOfParallelism = Workers },
        async (file, ct) =>
        {
            using var content = new MemoryStream(file.Bytes, writable: false);
            await _services.ReaderFor(file.Bytes)!.ReadAsync(content, ct).ConfigureAwait(false);
        });

    [Benchmark]
    public async Task<JobStatus> WholePipeline()
    {
        var submission = await _engine.SubmitAsync(Upload()).ConfigureAwait(false);
        var jobId = submission.Job?.JobId ?? throw new InvalidOperationException("The engine refused every corpus file.");
        _lastJobId = jobId;
        using var watchdog = new CancellationTokenSource(Watchdog);
        while (true)
        {
            var job = (await _engine.GetJobAsync(jobId, watchdog.Token).ConfigureAwait(false))!.Job;
            if (job.Status is not (JobStatus.Pending or JobStatus.Processing))
            {
                return job.Completed == job.TotalFiles
                    ? job.Status
                    : throw new InvalidOperationException($"Only {job.Completed} of {job.TotalFiles} corpus documents completed ({job.Failed} failed).");
            }

            await Task.Delay(PollInterval, watchdog.Token).ConfigureAwait(false);
        }
    }

    [IterationCleanup(Target = nameof(WholePipeline))]
    public void DeleteLastJob()
    {
        if (_lastJobId is { } jobId)
        {
            _engine.DeleteJobAsync(jobId).GetAwaiter().GetResult();
        }
    }

    private async IAsyncEnumerable<IncomingDocument> Upload()
    {
        foreach (var file in _files)
        {
            yield return new IncomingDocument(file.Name, new MemoryStream(file.Bytes, writable: false));
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
