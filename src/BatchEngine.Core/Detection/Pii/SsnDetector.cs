using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>US Social Security numbers (<c>PII:SSN</c>).</summary>
internal sealed class SsnDetector(IOptions<DetectionOptions> options)
    : FindingDetector("ssn", new SsnFinder(options.Value.ContextWindowCharacters), options.Value);
