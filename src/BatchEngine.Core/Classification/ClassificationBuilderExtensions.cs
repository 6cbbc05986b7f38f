using BatchEngine.Classification;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.DependencyInjection;

/// <summary>Configures the built-in policy classifier.</summary>
public static class ClassificationBuilderExtensions
{
    /// <summary>Changes <see cref="ClassificationOptions"/> (thresholds, signal rules, phrase rules).</summary>
    public static IBatchEngineBuilder ConfigureClassification(this IBatchEngineBuilder builder, Action<ClassificationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
