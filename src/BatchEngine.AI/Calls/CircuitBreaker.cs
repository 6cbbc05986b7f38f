namespace BatchEngine.AI.Calls;

/// <summary>
/// Stops calling a model after <c>threshold</c> failed attempts in a row, for <c>breakFor</c>; then lets one trial
/// call through, whose success closes the circuit and whose failure opens it again. Lock-free: a count and a
/// reopening time, both read and written atomically.
/// </summary>
internal sealed class CircuitBreaker(int threshold, TimeSpan breakFor, TimeProvider time)
{
    private int _failures;
    private long _openUntilTicks;
    private int _trialTaken;

    /// <summary>True when a call may go; false while the circuit is open (and while a trial call is out).</summary>
    public bool TryEnter(out DateTimeOffset openUntil)
    {
        openUntil = new DateTimeOffset(Interlocked.Read(ref _openUntilTicks), TimeSpan.Zero);
        if (Volatile.Read(ref _failures) < threshold)
        {
            return true;
        }

        if (time.GetUtcNow() < openUntil)
        {
            return false;
        }

        // Half-open: the first caller after the break is the trial; the others wait for its outcome.
        return Interlocked.CompareExchange(ref _trialTaken, 1, 0) == 0;
    }

    public void Succeeded()
    {
        Volatile.Write(ref _failures, 0);
        Volatile.Write(ref _trialTaken, 0);
    }

    /// <summary>The call ended without telling (the caller cancelled it): a trial it held is given back.</summary>
    public void Abandoned() => Volatile.Write(ref _trialTaken, 0);

    /// <summary>Counts a failed attempt; true when it (re)opened the circuit.</summary>
    public bool Failed()
    {
        if (Interlocked.Increment(ref _failures) < threshold)
        {
            return false;
        }

        Interlocked.Exchange(ref _openUntilTicks, (time.GetUtcNow() + breakFor).UtcTicks);
        Volatile.Write(ref _trialTaken, 0);
        return true;
    }
}
