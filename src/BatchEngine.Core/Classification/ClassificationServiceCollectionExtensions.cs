using BatchEngine.Classification.Policy;
using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// The built-in policy classifier (<c>AddClassifier&lt;T&gt;()</c> replaces it) and the detector of its phrase
    /// rules, which runs with the other detectors whichever classifier weighs the signals.
    /// </summary>
    internal static IServiceCollection AddDefaultClassifier(this IServiceCollection services)
    {
        services.AddOptions<ClassificationOptions>().ValidateOnStart();
        services.AddOptions<DetectionOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClassificationOptions>, ClassificationOptionsValidator>());
        services.TryAddSingleton<IClassifier, PolicyClassifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, PolicyPhraseDetector>());
        return services;
    }
}
