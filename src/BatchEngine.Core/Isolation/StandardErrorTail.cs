namespace BatchEngine.Isolation;

/// <summary>
/// Drains a child's standard error (a full pipe would block it) and keeps its last lines, which name the
/// cause of a crash ("Stack overflow.", "Out of memory."). Never holds document text: the child writes none.
/// </summary>
internal sealed class StandardErrorTail
{
    private const int MaxLines = 20;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    /// <summary>A short hint for a crash message, or an empty string.</summary>
    public string CrashHint()
    {
        string text;
        lock (_gate)
        {
            text = string.Join('\n', _lines);
        }

        if (text.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return " (stack overflow)";
        }

        return text.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || text.Contains("Out of memory", StringComparison.OrdinalIgnoreCase)
            ? " (out of memory)"
            : string.Empty;
    }
}
