using System.Collections.Concurrent;

namespace BatchEngine.Tests.Support;

/// <summary>What the test plug-ins saw, and the switches tests use to hold documents in place.</summary>
public sealed class TestProbe : IDisposable
{
    private readonly ManualResetEventSlim _unstick = new(false);

    /// <summary>How many times the classifier ran for each document id.</summary>
    public ConcurrentDictionary<string, int> Classified { get; } = new(StringComparer.Ordinal);

    /// <summary>Completes when a document with the "WAIT" directive may go on.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many documents are inside the reader right now (any directive).</summary>
    public int Reading => _reading;

    /// <summary>Documents currently blocked by the "STUCK" directive (blocking a thread, ignoring cancellation).</summary>
    public int Stuck => _stuck;

    private int _reading;
    private int _stuck;

    internal void EnterReader() => Interlocked.Increment(ref _reading);

    internal void LeaveReader() => Interlocked.Decrement(ref _reading);

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
