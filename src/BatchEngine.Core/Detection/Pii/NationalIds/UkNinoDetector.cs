using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>UK National Insurance numbers (<c>PII:UkNino</c>).</summary>
internal sealed class UkNinoDetector(IOptions<DetectionOptions> options)
    : FindingDetector("uk-nino", SensitiveValue.UkNino, options.Value);
