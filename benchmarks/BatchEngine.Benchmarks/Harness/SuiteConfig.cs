using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BatchEngine.Benchmarks.Harness;

/// <summary>The suite's one configuration: allocations, throughput, and the defaults' ratios against each class's baseline and GitHub markdown reports.</summary>
internal static class SuiteConfig
{
    public static IConfig Create(bool ci)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new ThroughputColumn())
            // The generated project rebuilds Core and AspNetCore; on a busy 2-core machine that takes minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (ci)
        {
            // One invocation of each benchmark, no warm-up, in this process: CI spends seconds (not project
            // builds) per benchmark. It proves every benchmark still runs; its timings mean nothing.
            config = config.AddJob(Job.Dry.WithWarmupCount(0).WithToolchain(InProcessEmitToolchain.Instance).WithId("CiDry"));
        }

        return config;
    }
}
