namespace BatchEngine.Benchmarks.Engine;

/// <summary>Where the engine parses PDFs: in child processes (the default) or in this process.</summary>
public enum ReadingMode
{
    /// <summary>In this process (trusted input only): pure extraction cost.</summary>
    InProcess,

    /// <summary>In the isolated extraction pool's child processes, as <c>AddBatchEngine()</c> does by default.</summary>
    Isolated,
}

/// <summary>Applies a <see cref="ReadingMode"/> to the engine's options.</summary>
internal static class ReadingModeOptions
{
    extension(ReadingMode mode)
    {
        public Action<BatchEngineOptions> Configure => options => options.Isolation.Enabled = mode == ReadingMode.Isolated;
    }
}
