using BatchEngine.DependencyInjection;
using BatchEngine.Batches;
using BatchEngine.Processing;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using BatchEngine.Storage.TempFolder;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Batches;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddBatchEngine_registers_the_defaults_and_one_hosted_runtime()
    {
        using var services = Build(s => s.AddBatchEngine());

        Assert.IsType<InProcessBatchEngine>(services.GetRequiredService<IBatchEngine>());
        Assert.IsType<InMemoryJobStore>(services.GetRequiredService<IJobStore>());
        Assert.IsType<TempFolderContentStore>(services.GetRequiredService<IDocumentContentStore>());
        Assert.IsType<LockFreeWorkQueue>(services.GetRequiredService<IWorkQueue>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        var hosted = Assert.Single(services.GetServices<IHostedService>());
        Assert.Same(services.GetRequiredService<BatchEngineRuntime>(), hosted);
        Assert.Equal(4, services.GetRequiredService<IOptions<BatchEngineOptions>>().Value.WorkerCount);
    }

    [Fact]
    public void Calling_AddBatchEngine_twice_adds_nothing_twice()
    {
        using var services = Build(s =>
        {
            s.AddBatchEngine();
            s.AddBatchEngine(o => o.WorkerCount = 2);
        });

        Assert.Single(services.GetServices<IHostedService>());
        Assert.Single(services.GetServices<IBatchEngine>());
        Assert.Equal(2, services.GetRequiredService<IOptions<BatchEngineOptions>>().Value.WorkerCount);
    }

    [Fact]
    public void Stores_and_queue_registered_before_or_after_AddBatchEngine_replace_the_defaults()
    {
        var time = TimeProvider.System;
        var customStore = new InMemoryJobStore(time);
        var customQueue = new LockFreeWorkQueue();
        using var services = Build(s =>
        {
            s.AddSingleton<IJobStore>(customStore);
            s.AddBatchEngine();
            s.AddSingleton<IWorkQueue>(customQueue);
        });

        Assert.Same(customStore, services.GetRequiredService<IJobStore>());
        Assert.Same(customQueue, services.GetRequiredService<IWorkQueue>());
        var engine = (InProcessBatchEngine)services.GetRequiredService<IBatchEngine>();
        Assert.NotNull(engine);
    }

    [Fact]
    public async Task A_replaced_store_is_the_one_the_engine_writes_to()
    {
        await using var engine = TestEngine.Create();

        var submission = await engine.SubmitAsync(ScriptedTextReader.Content());
        await engine.WaitForTerminalAsync(submission.Job!.JobId);

        Assert.Contains(engine.Store.Changes, c => c.Operation == "complete" && c.Document.JobId == submission.Job.JobId);
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
