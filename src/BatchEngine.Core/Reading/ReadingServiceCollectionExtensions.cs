using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Reading;

internal static class ReadingServiceCollectionExtensions
{
    /// <summary>The built-in readers (PDF, plain text).</summary>
    internal static IServiceCollection AddDefaultReaders(this IServiceCollection services) => services;
}
