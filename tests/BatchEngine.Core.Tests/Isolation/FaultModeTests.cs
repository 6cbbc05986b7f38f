using BatchEngine.Isolation;
using BatchEngine.Isolation.Child;
using BatchEngine.Isolation.Host;
using BatchEngine.Tests.Reading;

namespace BatchEngine.Tests.Isolation;

/// <summary>Faults caused on purpose in the child: each fails just that document with the right error, and the pool recovers.</summary>
public sealed class FaultModeTests
{
    private const string Paper = "real/pdfjs_tracemonkey.pdf";

    [Fact]
    public async Task A_stack_overflow_fails_the_document_as_crashed_and_the_pool_recovers()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.StackOverflow)));

        Assert.Equal(ExtractionFailure.Crashed, error.Failure);
        Assert.StartsWith("ExtractionCrashed: reader process exited with code 134 while opening the document (stack overflow)", error.Message, StringComparison.Ordinal);
        await AssertRecoversAsync(pool);
    }

    [Fact]
    public async Task A_hang_fails_the_document_with_a_timeout_and_the_pool_recovers()
    {
        await using var pool = IsolationTestKit.Pool(size: 1, timeout: TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.Hang)));

        Assert.Equal(ExtractionFailure.Timeout, error.Failure);
        Assert.Equal("ExtractionTimeout: the reader did not finish within 10 s (while opening the document); its process was killed.", error.Message);
        Assert.Equal(1, pool.ProcessesKilled);
        await AssertRecoversAsync(pool, timeoutPool: true);
    }

    [Fact]
    public async Task Unbounded_allocation_fails_the_document_at_the_memory_cap_and_the_pool_recovers()
    {
        await using var pool = IsolationTestKit.Pool(size: 1, memoryLimitBytes: 256L << 20);

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.AllocateWithoutBound)));

        Assert.Equal(ExtractionFailure.MemoryLimit, error.Failure);
        Assert.StartsWith("ExtractionMemoryLimit: the reader needed more than its 256 MiB memory cap while opening the document; its process was killed.", error.Message, StringComparison.Ordinal);
        await AssertRecoversAsync(pool);
    }

    [Fact]
    public async Task Garbage_output_fails_the_document_as_a_protocol_error_and_the_pool_recovers()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.GarbageOutput)));

        Assert.Equal(ExtractionFailure.ProtocolError, error.Failure);
        Assert.StartsWith("ExtractionProtocolError: the reader process wrote an invalid response (a frame announced ", error.Message, StringComparison.Ordinal);
        await AssertRecoversAsync(pool);
    }

    [Fact]
    public async Task Fault_markers_are_ignored_unless_the_internal_option_allows_them()
    {
        await using var pool = new ExtractionProcessPool(
            IsolationTestKit.Pool().Settings with { PoolSize = 1, AllowFaultInjection = false },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ExtractionProcessPool>.Instance);

        // Without the switch the marker is just bytes: the file is read as the (tiny, broken) PDF it is.
        var error = await Assert.ThrowsAsync<BatchEngine.Reading.DocumentReadException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.StackOverflow)));

        Assert.StartsWith("The PDF is damaged or truncated: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, pool.ProcessesKilled);
    }

    // The pool with a short timeout reads a 1 KiB file to show it recovered, so a busy machine cannot time it out.
    private static async Task AssertRecoversAsync(ExtractionProcessPool pool, bool timeoutPool = false)
    {
        var startedBefore = pool.ProcessesStarted;
        var document = await IsolationTestKit.ReadAsync(pool, Corpus.Bytes(timeoutPool ? "real/pypdf_bytes.pdf" : Paper));

        Assert.True(document.PageCount > 0);
        Assert.Equal(startedBefore + 1, pool.ProcessesStarted);
    }
}
