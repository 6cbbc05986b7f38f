using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BatchEngine.Reading;

internal static class ReadingServiceCollectionExtensions
{
    /// <summary>The built-in readers, asked in this order: PDF first, then plain text.</summary>
    internal static IServiceCollection AddDefaultReaders(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PdfDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PlainTextDocumentReader>());
        return services;
    }
}
