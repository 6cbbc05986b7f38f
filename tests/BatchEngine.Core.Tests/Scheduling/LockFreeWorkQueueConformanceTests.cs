using BatchEngine.Scheduling;
using BatchEngine.Testing;

namespace BatchEngine.Tests.Scheduling;

/// <summary>The IWorkQueue contract against the in-process lock-free queue.</summary>
public sealed class LockFreeWorkQueueConformanceTests : WorkQueueConformanceTests
{
    protected override Task<IWorkQueue> CreateQueueAsync() => Task.FromResult<IWorkQueue>(new LockFreeWorkQueue());
}
