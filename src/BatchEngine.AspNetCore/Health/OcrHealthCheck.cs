using BatchEngine.Reading.Ocr;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BatchEngine.AspNetCore.Health;

/// <summary>
/// Healthy when Tesseract runs with every configured language; Degraded otherwise (the engine still reads
/// and classifies, but documents that need OCR are classified on the text they have and flagged for review).
/// </summary>
internal sealed class OcrHealthCheck(IOcrStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var availability = await status.GetAvailabilityAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["languages"] = availability.Languages,
            ["version"] = availability.Version ?? string.Empty,
        };
        return availability.IsAvailable
            ? HealthCheckResult.Healthy("OCR is available.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, $"OCR is unavailable: {availability.Reason}", data: data);
    }
}
