using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>US Social Security numbers (<c>PII:SSN</c>).</summary>
internal sealed class SsnDetector(IOptions<DetectionOptions> options)
    : FindingDetector("ssn", SensitiveValue.Ssn, options.Value);
