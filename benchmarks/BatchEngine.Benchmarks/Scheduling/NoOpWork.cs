using System.Runtime.CompilerServices;
using BatchEngine.Scheduling;

namespace BatchEngine.Benchmarks.Scheduling;

/// <summary>The document "processing" of the scheduler benchmarks: a call the JIT cannot remove, and nothing else.</summary>
internal static class NoOpWork
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Process(in WorkItem item) => _ = item;
}
