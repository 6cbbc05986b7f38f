using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Reading;

internal static class ReadingServiceCollectionExtensions
{
    /// <summary>
    /// The built-in readers after the PDF reader (registered first by the isolation registration): images, then
    /// plain text; and the OCR stage that reads the images they keep.
    /// </summary>
    internal static IServiceCollection AddDefaultReaders(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BatchEngineOptions>, OcrOptionsValidator>());
        services.AddOptions<BatchEngineOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, ImageDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PlainTextDocumentReader>());
        services.TryAddSingleton(provider => new TesseractEngine(
            provider.GetRequiredService<IOptions<BatchEngineOptions>>(),
            provider.GetService<ILogger<TesseractEngine>>() ?? NullLogger<TesseractEngine>.Instance));
        services.TryAddSingleton<IOcrStatus>(provider => provider.GetRequiredService<TesseractEngine>());
        services.TryAddSingleton<DocumentOcr>();
        return services;
    }
}
