using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>US Individual Taxpayer Identification Numbers (<c>PII:ITIN</c>).</summary>
internal sealed class ItinDetector(IOptions<DetectionOptions> options)
    : FindingDetector("itin", SensitiveValue.Itin, options.Value);
