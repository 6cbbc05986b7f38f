using BatchEngine.Isolation;
using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using Microsoft.Extensions.Logging.Abstractions;

namespace BatchEngine.Tests.Isolation;

/// <summary>Builds real extraction pools (real child processes) for the tests.</summary>
internal static class IsolationTestKit
{
    /// <summary>Generous: the machine is shared and a busy child may take many seconds on a large file.</summary>
    public static readonly TimeSpan ExtractionTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A read must end (pages, clear error or timeout) well within this.</summary>
    public static readonly TimeSpan ReadGuard = ExtractionTimeout + TimeSpan.FromSeconds(60);

    public static ExtractionProcessPool Pool(int size = 2, TimeSpan? timeout = null, long memoryLimitBytes = 512L << 20, int documentsPerProcess = 200) =>
        new(new ExtractionSettings
        {
            PoolSize = size,
            ExtractionTimeout = timeout ?? ExtractionTimeout,
            MemoryLimitBytes = memoryLimitBytes,
            DocumentsPerProcess = documentsPerProcess,
            StartTimeout = TimeSpan.FromSeconds(60),
            AllowFaultInjection = true,
        }, NullLogger<ExtractionProcessPool>.Instance);

    public static Task<ExtractedDocument> ReadAsync(ExtractionProcessPool pool, byte[] content, ReadingLimits? limits = null) =>
        pool.ReadAsync(content, limits ?? ReadingLimits.From(new BatchEngineOptions()), CancellationToken.None).WaitAsync(ReadGuard);
}
