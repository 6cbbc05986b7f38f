using System.Text.Json;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Batches;
using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.Status;

/// <summary>
/// <c>GET /status/{job_id}</c> of a 10,000-document job, as the endpoint does it: the snapshot from the
/// engine (in-memory store), the response record, and its JSON written to a stream.
/// </summary>
public class StatusBenchmarks
{
    private const int Documents = 10_000;

    private EngineServices _services = null!;
    private IBatchEngine _engine = null!;
    private string _jobId = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new EngineServices();
        _engine = _services.Get<IBatchEngine>();
        _jobId = StatusJobSeeder.SeedAsync(_services, Documents).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> Build() => (await BuildResponseAsync().ConfigureAwait(false)).Documents.Count;

    [Benchmark]
    public async Task<long> BuildAndSerialize()
    {
        var response = await BuildResponseAsync().ConfigureAwait(false);
        var body = new CountingStream();
        await JsonSerializer.SerializeAsync(body, response, BatchHttpJsonContext.Default.JobStatusResponse).ConfigureAwait(false);
        return body.Length;
    }

    private async Task<JobStatusResponse> BuildResponseAsync()
    {
        var snapshot = await _engine.GetJobAsync(_jobId).ConfigureAwait(false);
        return JobStatusResponse.From(snapshot!);
    }
}
