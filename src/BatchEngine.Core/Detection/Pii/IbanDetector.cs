using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>IBANs with per-country length and mod-97 (<c>PII:IBAN</c>).</summary>
internal sealed class IbanDetector(IOptions<DetectionOptions> options)
    : FindingDetector("iban", SensitiveValue.Iban, options.Value);
