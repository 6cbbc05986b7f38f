using BatchEngine.Isolation;
using BatchEngine.Isolation.Child;

namespace BatchEngine.Tests.Isolation;

/// <summary>A document that kills a child twice is not read a third time.</summary>
public sealed class PoisonTests
{
    [Fact]
    public async Task A_crashing_document_is_retried_once_then_refused_without_starting_a_process()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);
        var poison = ExtractionFaults.DocumentWith(ExtractionFault.StackOverflow);

        var first = await Assert.ThrowsAsync<ExtractionFailedException>(() => IsolationTestKit.ReadAsync(pool, poison));
        var startedAfterFirst = pool.ProcessesStarted;
        var second = await Assert.ThrowsAsync<ExtractionFailedException>(() => IsolationTestKit.ReadAsync(pool, poison));

        Assert.Equal(2, pool.ProcessesKilled);
        Assert.Equal(2, startedAfterFirst);
        Assert.EndsWith("The document killed 2 reader processes and is not retried.", first.Message, StringComparison.Ordinal);
        Assert.Equal(ExtractionFailure.Poisoned, second.Failure);
        Assert.Equal("ExtractionPoisoned: this document already killed 2 reader processes and is not read again.", second.Message);
        Assert.Equal(startedAfterFirst, pool.ProcessesStarted);
    }

    [Fact]
    public async Task A_hang_is_neither_retried_nor_poisoned()
    {
        await using var pool = IsolationTestKit.Pool(size: 1, timeout: TimeSpan.FromSeconds(2));
        var hang = ExtractionFaults.DocumentWith(ExtractionFault.Hang);

        var first = await Assert.ThrowsAsync<ExtractionFailedException>(() => IsolationTestKit.ReadAsync(pool, hang));
        Assert.Equal(1, pool.ProcessesKilled);
        var second = await Assert.ThrowsAsync<ExtractionFailedException>(() => IsolationTestKit.ReadAsync(pool, hang));
        var third = await Assert.ThrowsAsync<ExtractionFailedException>(() => IsolationTestKit.ReadAsync(pool, hang));

        // One process per read: never retried at once; and a timeout may be load, not the file, so no poison.
        Assert.All([first, second, third], error => Assert.Equal(ExtractionFailure.Timeout, error.Failure));
        Assert.Equal(3, pool.ProcessesKilled);
    }
}
