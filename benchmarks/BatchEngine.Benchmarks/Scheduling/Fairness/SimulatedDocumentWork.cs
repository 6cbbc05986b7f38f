using System.Diagnostics;

namespace BatchEngine.Benchmarks.Scheduling.Fairness;

/// <summary>
/// A document that takes a fixed time of CPU (a spin, not a sleep, so a worker stays busy as it would
/// while parsing), long enough that a 50,000-document job keeps every worker occupied for a while.
/// </summary>
internal static class SimulatedDocumentWork
{
    public static readonly TimeSpan Duration = TimeSpan.FromMicroseconds(20);

    private static readonly long DurationTicks = (long)(Duration.TotalSeconds * Stopwatch.Frequency);

    public static void Run()
    {
        var end = Stopwatch.GetTimestamp() + DurationTicks;
        while (Stopwatch.GetTimestamp() < end)
        {
            Thread.SpinWait(8);
        }
    }
}
