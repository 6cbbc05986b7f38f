using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.NationalIds;

/// <summary>UK National Insurance numbers (<c>PII:UkNino</c>).</summary>
internal sealed class UkNinoDetector(IOptions<DetectionOptions> options)
    : FindingDetector("uk-nino", new UkNinoFinder(options.Value.ContextWindowCharacters), options.Value);
