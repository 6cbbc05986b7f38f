using BatchEngine.Tests.Infrastructure;

namespace BatchEngine.Tests.Storage;

/// <summary>The IJobStore contract (the same tests as the in-memory store) against a real redis-server; each test gets its own key prefix.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisJobStoreConformanceTests(RedisServerFixture fixture) : RedisJobStoreConformance
{
    protected override string ConnectionString => fixture.Server.ConnectionString;
}
