using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace BatchEngine.Tests;

/// <summary>
/// A 200 MiB batch streamed through a real Kestrel must not grow the process's memory with its size.
/// Measured in this process (server and client both live here; the client generates its body from one
/// 64 KiB buffer): the managed heap sampled every 10 ms during the upload, and the live heap after a full
/// collection once the upload answered, against a baseline taken after warming the host up.
/// </summary>
public sealed class UploadMemoryTests(ITestOutputHelper output)
{
    private const int Files = 200;
    private const int FileBytes = 1024 * 1024;

    // Bounds chosen from measurements (docs/http.md: peak managed growth about 6 MiB, retained under 1 MiB,
    // working set about 8 MiB). The sampled peak includes garbage not yet collected (Kestrel and multipart
    // buffers cycling through gen 0) and the working set includes JIT and thread stacks, so they get roomier
    // bounds; every bound is a small fraction of the 200 MiB a buffering upload would need.
    private const long PeakManagedBoundBytes = 24L * 1024 * 1024;
    private const long RetainedManagedBoundBytes = 8L * 1024 * 1024;
    private const long WorkingSetBoundBytes = 64L * 1024 * 1024;

    [Fact]
    public async Task A_200_MiB_batch_streams_without_growing_memory_by_its_size()
    {
        var factory = new SampleHostFactory
        {
            Endpoints = o => o.MaxBatchBytes = 512L * 1024 * 1024,
            MoreServices = s => s.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, MemoryProbeReader>()),
        };
        var (host, address) = KestrelSampleHost.Start(factory);
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        await WarmUpAsync(http);

        var baseline = LiveManagedBytes();
        var baselineWorkingSet = WorkingSet();
        using var sampling = new CancellationTokenSource();
        var sampler = SamplePeakAsync(sampling.Token);

        using var content = new GeneratedMultipartContent(Files, FileBytes, MemoryProbeReader.Magic);
        using var response = await http.PostAsync("/batch/upload", content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        await sampling.CancelAsync();
        var (peakManaged, peakWorkingSet) = await sampler;
        var retained = LiveManagedBytes() - baseline;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Files, body["total_files"]!.GetValue<int>());
        output.WriteLine(
            $"Uploaded {content.TotalFileBytes / (1024 * 1024)} MiB in {Files} files. Managed heap: baseline {Mib(baseline)}, " +
            $"peak growth {Mib(peakManaged - baseline)}, retained growth {Mib(retained)}. Working set: baseline {Mib(baselineWorkingSet)}, peak growth {Mib(peakWorkingSet - baselineWorkingSet)}.");
        Assert.True(peakManaged - baseline < PeakManagedBoundBytes, $"managed peak grew {Mib(peakManaged - baseline)}");
        Assert.True(retained < RetainedManagedBoundBytes, $"managed heap retained {Mib(retained)}");
        Assert.True(peakWorkingSet - baselineWorkingSet < WorkingSetBoundBytes, $"working set grew {Mib(peakWorkingSet - baselineWorkingSet)}");

        var status = await new BatchClient(http).WaitForTerminalAsync(body["job_id"]!.GetValue<string>(), TimeSpan.FromMinutes(5));
        Assert.Equal(Files, status["documents"]!.AsArray().Count(d => d!["status"]!.GetValue<string>() == "completed"));
    }

    private static async Task WarmUpAsync(HttpClient http)
    {
        using var warm = new GeneratedMultipartContent(4, 256 * 1024, MemoryProbeReader.Magic);
        using var response = await http.PostAsync("/batch/upload", warm);
        var jobId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["job_id"]!.GetValue<string>();
        await new BatchClient(http).WaitForTerminalAsync(jobId);
    }

    private static async Task<(long Managed, long WorkingSet)> SamplePeakAsync(CancellationToken stop)
    {
        long managed = 0, workingSet = 0;
        while (!stop.IsCancellationRequested)
        {
            managed = Math.Max(managed, GC.GetTotalMemory(forceFullCollection: false));
            workingSet = Math.Max(workingSet, WorkingSet());
            try
            {
                await Task.Delay(10, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (managed, workingSet);
    }

    private static long LiveManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):0.0} MiB";
}
