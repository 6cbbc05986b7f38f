using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Postal addresses: US, Canadian, UK, French, German and Dutch street lines with their codes, P.O. boxes and form fields (<c>PII:PostalAddress</c>).</summary>
internal sealed class PostalAddressDetector(IOptions<DetectionOptions> options)
    : FindingDetector("postal-address", SensitiveValue.PostalAddress, options.Value);
