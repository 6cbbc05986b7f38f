namespace BatchEngine.Processing;

/// <summary>
/// A document's <see cref="BatchEngineOptions.DocumentTimeout"/>, which can be paused: time spent waiting for a
/// shared resource (a free extraction child, which <c>POST /classify</c> callers use too) is not the document's
/// doing and is not charged to it. The running document's deadline is <see cref="Current"/> (an async-local, so
/// the extraction pool finds it without every reader passing it on).
/// </summary>
internal sealed class DocumentDeadline : IDisposable
{
    private static readonly AsyncLocal<DocumentDeadline?> Ambient = new();
    private readonly CancellationTokenSource _expiry;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private TimeSpan _remaining;
    private long _runningSince;
    private int _pauses;

    public DocumentDeadline(TimeSpan timeout, TimeProvider time)
    {
        _time = time;
        _remaining = timeout;
        _runningSince = time.GetTimestamp();
        _expiry = new CancellationTokenSource(timeout, time);
    }

    /// <summary>The deadline of the document this code runs for, if any.</summary>
    public static DocumentDeadline? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Fires when the document ran (unpaused) for longer than its timeout.</summary>
    public CancellationToken Token => _expiry.Token;

    public bool IsExpired => _expiry.IsCancellationRequested;

    /// <summary>Stops the clock until the returned scope is disposed.</summary>
    public IDisposable Pause()
    {
        lock (_gate)
        {
            if (_pauses++ == 0 && !_expiry.IsCancellationRequested)
            {
                _remaining -= _time.GetElapsedTime(_runningSince);
                _expiry.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }

        return new Resumer(this);
    }

    public void Dispose() => _expiry.Dispose();

    private void Resume()
    {
        lock (_gate)
        {
            if (--_pauses == 0 && !_expiry.IsCancellationRequested)
            {
                _runningSince = _time.GetTimestamp();
                _expiry.CancelAfter(_remaining > TimeSpan.Zero ? _remaining : TimeSpan.Zero);
            }
        }
    }

    private sealed class Resumer(DocumentDeadline deadline) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                try
                {
                    deadline.Resume();
                }
                catch (ObjectDisposedException)
                {
                    // The document ended while it waited.
                }
            }
        }
    }
}
