using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>The built-in policy classifier.</summary>
    internal static IServiceCollection AddDefaultClassifier(this IServiceCollection services) => services;
}
