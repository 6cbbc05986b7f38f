using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>US passport numbers after a passport word (<c>PII:Passport</c>).</summary>
internal sealed class PassportDetector(IOptions<DetectionOptions> options)
    : FindingDetector("passport", SensitiveValue.Passport, options.Value);
