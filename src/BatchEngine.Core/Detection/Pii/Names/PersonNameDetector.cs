using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.Names;

/// <summary>Person names pointed at by labels, honorifics, salutations, signatures and headings (<c>PII:PersonName</c>).</summary>
internal sealed class PersonNameDetector(IOptions<DetectionOptions> options)
    : FindingDetector("person-name", SensitiveValue.PersonName, options.Value);
