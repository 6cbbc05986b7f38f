using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>US postal addresses (<c>PII:PostalAddress</c>).</summary>
internal sealed class PostalAddressDetector(IOptions<DetectionOptions> options)
    : FindingDetector("postal-address", new PostalAddressFinder(options.Value.ContextWindowCharacters), options.Value);
