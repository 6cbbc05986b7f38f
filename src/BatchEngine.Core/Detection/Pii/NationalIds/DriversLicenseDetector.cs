using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>US driver's licence numbers after a licence word (<c>PII:DriversLicense</c>).</summary>
internal sealed class DriversLicenseDetector(IOptions<DetectionOptions> options)
    : FindingDetector("drivers-license", SensitiveValue.DriversLicense, options.Value);
