namespace BatchEngine.Isolation;

/// <summary>
/// How untrusted documents (PDF) are parsed out of process: a pool of long-lived child processes, each
/// reading one document at a time under a timeout and a memory cap, killed and replaced when a file hangs,
/// crashes or bloats it. Set through <see cref="BatchEngineOptions.Isolation"/>.
/// </summary>
public sealed class IsolationOptions
{
    /// <summary>
    /// True (the default) parses PDFs in child processes, so no file can take the host down. False parses
    /// them in this process: only for trusted input and benchmarks.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Child processes in the pool; null (the default) uses <see cref="BatchEngineOptions.WorkerCount"/> or the processor
    /// count, whichever is smaller, and two on a single processor (reading is CPU-bound: more children than cores only
    /// cost memory; a second child keeps one hanging document from stopping every read).
    /// </summary>
    public int? PoolSize { get; set; }

    /// <summary>
    /// A child still reading one document after this fails it with <c>ExtractionTimeout</c> and is killed. Default 60
    /// seconds. Only the PDF read in the child; the whole document's limit is <see cref="BatchEngineOptions.DocumentTimeout"/>.
    /// </summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The former name of <see cref="ExtractionTimeout"/>, kept so configuration key <c>BatchEngine:Isolation:DocumentTimeout</c> still binds.</summary>
    [Obsolete("Use ExtractionTimeout: DocumentTimeout is the engine's whole-document limit (BatchEngineOptions.DocumentTimeout).")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public TimeSpan DocumentTimeout
    {
        get => ExtractionTimeout;
        set => ExtractionTimeout = value;
    }

    /// <summary>
    /// The managed heap limit of each child process, in bytes (its GC heap hard limit). A process whose
    /// working set grows past twice this is killed too, which also catches native allocations. Default 1 GiB.
    /// </summary>
    public long MemoryLimitBytes { get; set; } = 1L << 30;

    /// <summary>A child process is replaced by a fresh one after reading this many documents. Default 200.</summary>
    public int DocumentsPerProcess { get; set; } = 200;

    /// <summary>How long a new child process may take to start and say it is ready. Default 30 seconds.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Test-only: lets documents carrying a fault marker make the child misbehave on purpose (overflow its
    /// stack, hang, allocate without bound, write garbage). Internal so configuration can never turn it on.
    /// </summary>
    internal bool AllowFaultInjection { get; set; }
}
