using System.Diagnostics;
using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Processing;
using BatchEngine.Reading;
using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Support;

/// <summary>
/// A real engine (AddBatchEngine with the test reader, detector and classifier) in a service provider,
/// with the job store wrapped by <see cref="RecordingJobStore"/>. Disposing it stops the workers.
/// </summary>
internal sealed class TestEngine : IAsyncDisposable
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    private readonly string? _contentRoot;

    private TestEngine(ServiceProvider services, string? contentRoot)
    {
        _contentRoot = contentRoot;
        Services = services;
        Engine = services.GetRequiredService<IBatchEngine>();
        Probe = services.GetRequiredService<TestProbe>();
        Store = services.GetRequiredService<RecordingJobStore>();
    }

    public ServiceProvider Services { get; }

    public IBatchEngine Engine { get; }

    public TestProbe Probe { get; }

    public RecordingJobStore Store { get; }

    public BatchEngineRuntime Runtime => Services.GetRequiredService<BatchEngineRuntime>();

    /// <param name="configure">Options on top of the test defaults (no retention).</param>
    /// <param name="time">The clock; the system clock when null.</param>
    /// <param name="services">Last-minute registrations.</param>
    /// <param name="ramBackedContent">
    /// Puts the (real, temp-folder) content store on a RAM-backed folder when the OS has one, for tests of
    /// thousands of files whose subject is scheduling, not a shared and busy disk.
    /// </param>
    public static TestEngine Create(
        Action<BatchEngineOptions>? configure = null, TimeProvider? time = null, Action<IServiceCollection>? services = null, bool ramBackedContent = false)
    {
        var contentRoot = ramBackedContent && Directory.Exists("/dev/shm")
            ? Path.Combine("/dev/shm", "batchengine-tests-" + Guid.NewGuid().ToString("N"))
            : null;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TestProbe>();
        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        collection.AddSingleton(sp => new RecordingJobStore(new InMemoryJobStore(sp.GetRequiredService<TimeProvider>())));
        collection.AddSingleton<IJobStore>(sp => sp.GetRequiredService<RecordingJobStore>());
        // Registered before AddBatchEngine(): readers are asked in registration order, and the built-in
        // plain-text reader would otherwise take the scripted test content as ordinary text.
        collection.AddSingleton<IDocumentReader, ScriptedTextReader>();
        collection.AddBatchEngine(o =>
            {
                o.JobRetention = null;
                o.ContentRoot = contentRoot;
                configure?.Invoke(o);
            })
            .AddDetector<KeywordDetector>()
            .AddClassifier<CountingClassifier>();
        services?.Invoke(collection);
        return new TestEngine(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), contentRoot);
    }

    public Task<BatchSubmission> SubmitAsync(params byte[][] contents) =>
        SubmitAsync(null, contents);

    public Task<BatchSubmission> SubmitAsync(int? priority, params byte[][] contents) =>
        Engine.SubmitAsync(
            Files(contents.Select((c, i) => ($"file{i}.txt", c))),
            priority is null ? null : new SubmitOptions { Priority = priority });

    public static async IAsyncEnumerable<IncomingDocument> Files(IEnumerable<(string Name, byte[] Content)> files)
    {
        foreach (var (name, content) in files)
        {
            await Task.Yield();
            yield return new IncomingDocument(name, new MemoryStream(content));
        }
    }

    /// <summary>Polls until the job satisfies <paramref name="condition"/>; fails after <see cref="WaitLimit"/>.</summary>
    public async Task<JobSnapshot> WaitForJobAsync(string jobId, Func<JobSnapshot, bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var snapshot = await Engine.GetJobAsync(jobId) ?? throw new InvalidOperationException($"Job {jobId} is gone.");
            if (condition(snapshot))
            {
                return snapshot;
            }

            if (waited.Elapsed > WaitLimit)
            {
                throw new TimeoutException($"Job {jobId} did not reach the expected state; last: {snapshot.Job.Status}, {snapshot.Job.Progress}%.");
            }

            await Task.Delay(5);
        }
    }

    public Task<JobSnapshot> WaitForTerminalAsync(string jobId) =>
        WaitForJobAsync(jobId, s => JobStatusRules.IsTerminal(s.Job.Status) && s.Documents.All(d => JobStatusRules.IsTerminal(d.Status)));

    public async ValueTask DisposeAsync()
    {
        Probe.Dispose();
        await Services.DisposeAsync();
        if (_contentRoot is not null && Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }
}
