using System.Collections.Concurrent;

namespace BatchEngine.Tests.Support;

/// <summary>What the test plug-ins saw, and the switches tests use to hold documents in place.</summary>
public sealed class TestProbe : IDisposable
{
    private readonly ManualResetEventSlim _unstick = new(false);

    /// <summary>How many times the classifier ran for each document id.</summary>
    public ConcurrentDictionary<string, int> Classified { get; } = new(StringComparer.Ordinal);

    /// <summary>How many times the scripted reader was asked whether it reads a content (each sniff asks it once).</summary>
    public int Sniffed => _sniffed;

    /// <summary>Completes when a document with the "WAIT" directive may go on.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Documents currently blocked by the "STUCK" directive (blocking a thread, ignoring cancellation).</summary>
    public int Stuck => _stuck;

    /// <summary>Documents held right now by a HANG, WAIT or STUCK directive (past reading, at the hold itself).</summary>
    public int Parked => _parked;

    private int _stuck;
    private int _sniffed;
    private int _parked;

    /// <summary>Holds a document: counts it as parked while <paramref name="hold"/> runs.</summary>
    internal async Task ParkAsync(Func<Task> hold)
    {
        Interlocked.Increment(ref _parked);
        try
        {
            await hold();
        }
        finally
        {
            Interlocked.Decrement(ref _parked);
        }
    }

    internal void CountSniff() => Interlocked.Increment(ref _sniffed);

    internal void BlockIgnoringCancellation()
    {
        Interlocked.Increment(ref _stuck);
        try
        {
            _unstick.Wait(TimeSpan.FromMinutes(1));
        }
        finally
        {
            Interlocked.Decrement(ref _stuck);
        }
    }

    /// <summary>Lets every "STUCK" document's thread go.</summary>
    public void Unstick() => _unstick.Set();

    public void Dispose()
    {
        Unstick();
        Gate.TrySetResult();
    }
}
