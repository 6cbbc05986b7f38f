using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using BatchEngine.Testing;

namespace BatchEngine.Tests.Storage;

/// <summary>The IJobStore contract against the in-memory store.</summary>
public sealed class InMemoryJobStoreConformanceTests : JobStoreConformanceTests
{
    protected override Task<IJobStore> CreateStoreAsync(TimeProvider time) => Task.FromResult<IJobStore>(new InMemoryJobStore(time));
}
