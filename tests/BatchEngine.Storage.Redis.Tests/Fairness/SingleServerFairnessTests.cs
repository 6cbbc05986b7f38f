using BatchEngine.Tests.Infrastructure;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Fairness;

/// <summary>The fairness tests with both hosts on one redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class SingleServerFairnessTests(RedisServerFixture fixture, ITestOutputHelper output) : TwoHostFairnessTests(output)
{
    protected override string ConnectionString => fixture.Server.ConnectionString;
}
