using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Email addresses (<c>PII:Email</c>).</summary>
internal sealed class EmailDetector(IOptions<DetectionOptions> options)
    : FindingDetector("email", new EmailFinder(options.Value.ContextWindowCharacters), options.Value);
