using BatchEngine.Classification.Policy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BatchEngine.Classification;

internal static class ClassificationServiceCollectionExtensions
{
    /// <summary>The built-in policy classifier; <c>AddClassifier&lt;T&gt;()</c> replaces it.</summary>
    internal static IServiceCollection AddDefaultClassifier(this IServiceCollection services)
    {
        services.AddOptions<ClassificationOptions>().ValidateOnStart();
        services.AddOptions<Detection.DetectionOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClassificationOptions>, ClassificationOptionsValidator>());
        services.TryAddSingleton<IClassifier, PolicyClassifier>();
        return services;
    }
}
