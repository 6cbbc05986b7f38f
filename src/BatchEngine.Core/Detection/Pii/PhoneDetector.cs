using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Phone numbers validated by libphonenumber for the configured regions (<c>PII:Phone</c>).</summary>
internal sealed class PhoneDetector(IOptions<DetectionOptions> options)
    : FindingDetector("phone", SensitiveValue.Phone, options.Value);
