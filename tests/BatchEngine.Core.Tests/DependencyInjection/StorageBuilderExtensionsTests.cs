using BatchEngine.DependencyInjection;
using BatchEngine.Storage;
using BatchEngine.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.DependencyInjection;

public sealed class StorageBuilderExtensionsTests
{
    [Fact]
    public async Task UseJobStore_with_a_type_makes_the_engine_and_the_concrete_type_share_one_store()
    {
        await using var provider = new ServiceCollection().AddBatchEngine().UseJobStore<InMemoryJobStore>().Services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<InMemoryJobStore>(), provider.GetRequiredService<IJobStore>());
        Assert.Single(provider.GetServices<IJobStore>());
    }

    [Fact]
    public async Task UseJobStore_with_a_factory_replaces_the_default_store()
    {
        var store = new InMemoryJobStore(TimeProvider.System);
        await using var provider = new ServiceCollection().AddBatchEngine().UseJobStore(_ => store).Services.BuildServiceProvider();

        Assert.Same(store, provider.GetRequiredService<IJobStore>());
    }
}
