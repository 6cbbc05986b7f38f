using BatchEngine.Tests.Fairness;
using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Cluster;

/// <summary>The fairness tests with both hosts on a three-node Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class ClusterFairnessTests(RedisClusterFixture fixture, ITestOutputHelper output) : TwoHostFairnessTests(output)
{
    protected override string ConnectionString => fixture.Cluster.ConnectionString;
}
