using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>Canadian Social Insurance Numbers with Luhn (<c>PII:CaSin</c>).</summary>
internal sealed class CaSinDetector(IOptions<DetectionOptions> options)
    : FindingDetector("ca-sin", SensitiveValue.CaSin, options.Value);
