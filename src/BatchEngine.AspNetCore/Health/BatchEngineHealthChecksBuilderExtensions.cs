using BatchEngine.AspNetCore.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BatchEngine.AspNetCore;

/// <summary>Health checks for the engine's parts.</summary>
public static class BatchEngineHealthChecksBuilderExtensions
{
    /// <summary>The name of the check <see cref="AddBatchEngineOcr"/> registers.</summary>
    public const string OcrCheckName = "batchengine-ocr";

    /// <summary>
    /// Reports whether OCR (Tesseract) is available: Healthy when it is, Degraded (the default failure status)
    /// with the reason when it is not, since the engine still works without it.
    /// </summary>
    public static IHealthChecksBuilder AddBatchEngineOcr(this IHealthChecksBuilder builder, HealthStatus failureStatus = HealthStatus.Degraded)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCheck<OcrHealthCheck>(OcrCheckName, failureStatus, ["ocr"]);
    }
}
