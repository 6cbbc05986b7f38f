using BatchEngine.Isolation.Child;

namespace BatchEngine.Tests.Isolation;

/// <summary>An extraction child gives memory back after a large document only: small ones cost no collection.</summary>
public sealed class IdleMemoryReleaseTests
{
    [Fact]
    public void Below_the_threshold_nothing_is_collected()
    {
        var before = GC.CollectionCount(GC.MaxGeneration);

        Assert.False(IdleMemoryRelease.ReleaseIfLarge(long.MaxValue));

        Assert.Equal(before, GC.CollectionCount(GC.MaxGeneration));
    }

    [Fact]
    public void Above_the_threshold_a_full_compacting_collection_runs()
    {
        var before = GC.CollectionCount(GC.MaxGeneration);

        Assert.True(IdleMemoryRelease.ReleaseIfLarge(thresholdBytes: 1));

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before);
    }
}
