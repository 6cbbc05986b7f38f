namespace BatchEngine.Isolation.Host;

/// <summary>
/// Drains a child's standard error (a full pipe would block it) and notes the runtime's last words that
/// name a crash's cause ("Stack overflow.", out of memory). Keeps nothing else: the child never writes
/// document text there, and a long stack trace must not cost the host memory.
/// </summary>
internal sealed class StandardErrorWatch
{
    private volatile bool _stackOverflow;
    private volatile bool _outOfMemory;

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            _stackOverflow = true;
        }

        if (line.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || line.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
        {
            _outOfMemory = true;
        }
    }

    /// <summary>A short hint for a crash message, or an empty string.</summary>
    public string CrashHint() => _stackOverflow ? " (stack overflow)" : _outOfMemory ? " (out of memory)" : string.Empty;
}
