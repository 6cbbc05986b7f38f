using BatchEngine.Detection;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.DependencyInjection;

/// <summary>Configures the built-in detectors.</summary>
public static class DetectionBuilderExtensions
{
    /// <summary>Changes <see cref="DetectionOptions"/> (masking, context windows, extra phrase sets).</summary>
    public static IBatchEngineBuilder ConfigureDetection(this IBatchEngineBuilder builder, Action<DetectionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(configure);
        return builder;
    }
}
