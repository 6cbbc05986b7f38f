using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>North American and international phone numbers (<c>PII:Phone</c>).</summary>
internal sealed class PhoneDetector(IOptions<DetectionOptions> options)
    : FindingDetector("phone", new PhoneFinder(options.Value.ContextWindowCharacters), options.Value);
