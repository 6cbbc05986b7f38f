using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Email addresses (<c>PII:Email</c>).</summary>
internal sealed class EmailDetector(IOptions<DetectionOptions> options)
    : FindingDetector("email", SensitiveValue.Email, options.Value);
