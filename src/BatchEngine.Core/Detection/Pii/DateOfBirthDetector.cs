using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Dates of birth near a birth word (<c>PII:DateOfBirth</c>).</summary>
internal sealed class DateOfBirthDetector(IOptions<DetectionOptions> options)
    : FindingDetector("date-of-birth", SensitiveValue.DateOfBirth, options.Value);
