using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Engine;

internal static class EngineServiceCollectionExtensions
{
    /// <summary>The engine's own services: stores, scheduler, pipeline, facade, option validation.</summary>
    internal static IServiceCollection AddEngineCore(this IServiceCollection services) => services;
}
