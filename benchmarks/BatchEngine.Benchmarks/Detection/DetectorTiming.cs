using System.Diagnostics;
using System.Globalization;
using System.Text;
using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Detection;

namespace BatchEngine.Benchmarks.Detection;

/// <summary>
/// A measured run of every default detector over the corpus text on one thread: the best pass in MB/s, then each
/// detector's mean time and allocation per pass (the first pass, which JITs, is left out of the means). Quicker than
/// <see cref="DetectorBenchmarks"/>, which runs every detector alone as well; meant for before/after pairs of builds
/// run alternately on the same machine.
/// <code>dotnet run -c Release --project benchmarks/BatchEngine.Benchmarks -- --time-detectors 15</code>
/// </summary>
internal static class DetectorTiming
{
    public const string Flag = "--time-detectors";

    public static int Run(int passes)
    {
        using var engine = new EngineServices();
        IReadOnlyList<IDetector> detectors = engine.Detectors;
        var documents = CorpusText.Documents.Select(d => d.Extracted).ToList();
        double megabytes = documents.SelectMany(d => d.Pages).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text)) / 1e6;
        var milliseconds = new double[detectors.Count];
        var allocated = new long[detectors.Count];
        double best = double.MaxValue;
        for (int pass = 0; pass < passes; pass++)
        {
            // Fresh page strings each pass, as every document the engine reads is new (the value cache is per page text).
            var fresh = documents.Select(d => d with { Pages = [.. d.Pages.Select(p => p with { Text = new string(p.Text) })] }).ToList();
            long start = Stopwatch.GetTimestamp();
            foreach (var document in fresh)
            {
                for (int i = 0; i < detectors.Count; i++)
                {
                    long bytes = GC.GetAllocatedBytesForCurrentThread();
                    long began = Stopwatch.GetTimestamp();
                    detectors[i].DetectAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    if (pass > 0)
                    {
                        milliseconds[i] += Stopwatch.GetElapsedTime(began).TotalMilliseconds;
                        allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                    }
                }
            }

            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"all {detectors.Count} detectors, {megabytes:F2} MB of corpus text, best of {passes} passes: {best:F1} ms = {megabytes / (best / 1000):F1} MB/s"));
        int means = Math.Max(1, passes - 1);
        for (int i = 0; i < detectors.Count; i++)
        {
            Console.WriteLine(string.Create(invariant, $"  {detectors[i].Name,-16} {milliseconds[i] / means,8:F1} ms {allocated[i] / means / 1e6,8:F1} MB allocated"));
        }

        return 0;
    }
}
