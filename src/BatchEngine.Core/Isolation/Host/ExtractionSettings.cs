using BatchEngine.Reading;

namespace BatchEngine.Isolation.Host;

/// <summary>The isolation options resolved for one pool (pool size from the worker and processor counts when not set).</summary>
internal sealed record ExtractionSettings
{
    public required int PoolSize { get; init; }

    public required TimeSpan ExtractionTimeout { get; init; }

    public required long MemoryLimitBytes { get; init; }

    public required int DocumentsPerProcess { get; init; }

    public required TimeSpan StartTimeout { get; init; }

    public bool AllowFaultInjection { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the child's runtimeconfig is written; null for the user's private folder (tests point it elsewhere).</summary>
    public string? RuntimeConfigFolder { get; init; }

    /// <summary>The working set past which a child is killed: the heap cap plus as much again for the runtime and native memory.</summary>
    public long WorkingSetLimitBytes => MemoryLimitBytes * 2;

    public static ExtractionSettings From(BatchEngineOptions options) => new()
    {
        PoolSize = options.Isolation.PoolSize ?? DefaultPoolSize(options.WorkerCount, Environment.ProcessorCount),
        ExtractionTimeout = options.Isolation.ExtractionTimeout,
        MemoryLimitBytes = options.Isolation.MemoryLimitBytes,
        DocumentsPerProcess = options.Isolation.DocumentsPerProcess,
        StartTimeout = options.Isolation.StartTimeout,
        AllowFaultInjection = options.Isolation.AllowFaultInjection,
    };

    /// <summary>
    /// One child per worker, but no more than there are processors: reading a PDF is CPU-bound, so more children
    /// only add memory (on 2 cores, 4 children against 2: 11% slower and ~200 MB more, OCR on). At least two, so one
    /// document that hangs until its timeout does not stop every other read.
    /// </summary>
    internal static int DefaultPoolSize(int workerCount, int processorCount) => Math.Min(workerCount, Math.Max(2, processorCount));

    /// <summary>The largest answer a child may send: the text the limits allow (UTF-8, up to 3 bytes a char), per-page overhead and the images kept for OCR.</summary>
    public int MaxResponseBytes(ReadingLimits limits) =>
        (int)Math.Min(Array.MaxLength, (limits.MaxCharacters * 3L) + (limits.MaxPages * 16L) + (1 << 20)
            + limits.Images.TotalBytes + (limits.Images.MaxImages * 64L));
}
