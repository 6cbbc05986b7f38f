using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.DependencyInjection;

internal sealed class BatchEngineBuilder(IServiceCollection services) : IBatchEngineBuilder
{
    public IServiceCollection Services { get; } = services;
}
