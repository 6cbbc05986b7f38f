using BatchEngine.Isolation;
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
    /// The built-in readers, asked in this order: PDF first (in isolated child processes unless
    /// <see cref="IsolationOptions.Enabled"/> is false), then images, then plain text; and the OCR stage that
    /// reads the images they keep.
    /// </summary>
    internal static IServiceCollection AddDefaultReaders(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BatchEngineOptions>, IsolationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BatchEngineOptions>, OcrOptionsValidator>());
        services.AddOptions<BatchEngineOptions>().ValidateOnStart();
        // The pool's timeouts guard against real processes, so they run on the system clock: a test clock
        // registered for the engine must not switch the watchdog off.
        services.TryAddSingleton(provider => new ExtractionWorkerPool(
            ExtractionSettings.From(provider.GetRequiredService<IOptions<BatchEngineOptions>>().Value),
            provider.GetService<ILogger<ExtractionWorkerPool>>() ?? NullLogger<ExtractionWorkerPool>.Instance));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, ConfiguredPdfReader>());
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
