using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Phone numbers validated by libphonenumber for the configured regions (<c>PII:Phone</c>).</summary>
internal sealed class PhoneDetector(IOptions<DetectionOptions> options)
    : FindingDetector("phone", PhoneFinder.Create(options.Value), options.Value);
