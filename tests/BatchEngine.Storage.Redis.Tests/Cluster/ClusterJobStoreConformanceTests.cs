using BatchEngine.Tests.Infrastructure;
using BatchEngine.Tests.Storage;

namespace BatchEngine.Tests.Cluster;

/// <summary>The IJobStore contract against a real three-node Redis Cluster: every script stays in its job's slot.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class ClusterJobStoreConformanceTests(RedisClusterFixture fixture) : RedisJobStoreConformance
{
    protected override string ConnectionString => fixture.Cluster.ConnectionString;
}
