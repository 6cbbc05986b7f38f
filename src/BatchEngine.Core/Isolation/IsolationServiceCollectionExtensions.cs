using BatchEngine.Isolation.Host;
using BatchEngine.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Isolation;

/// <summary>
/// Registers the PDF reader: in the pool's child processes when <see cref="IsolationOptions.Enabled"/> (the
/// default), in this process otherwise. The choice is made here, where the reader is composed, so Reading
/// knows nothing of Isolation and no reader looks the pool up itself.
/// </summary>
internal static class IsolationServiceCollectionExtensions
{
    /// <summary>Call before <see cref="ReadingServiceCollectionExtensions.AddDefaultReaders"/>: readers are asked in registration order and PDF comes first.</summary>
    internal static IServiceCollection AddPdfReader(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BatchEngineOptions>, IsolationOptionsValidator>());
        if (services.Any(d => d.ServiceType == typeof(ExtractionProcessPool)))
        {
            return services;
        }

        // The pool's timeouts guard against real processes, so they run on the system clock: a test clock
        // registered for the engine must not switch the watchdog off.
        services.AddSingleton(provider => new ExtractionProcessPool(
            ExtractionSettings.From(provider.GetRequiredService<IOptions<BatchEngineOptions>>().Value),
            provider.GetService<ILogger<ExtractionProcessPool>>() ?? NullLogger<ExtractionProcessPool>.Instance));
        services.AddSingleton<IDocumentReader>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BatchEngineOptions>>();
            return options.Value.Isolation.Enabled
                ? new IsolatedPdfReader(provider.GetRequiredService<ExtractionProcessPool>(), ReadingLimits.From(options.Value))
                : new PdfDocumentReader(options);
        });
        return services;
    }
}
