using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.Network;

/// <summary>IPv4 and IPv6 addresses, weak evidence on their own (<c>PII:IpAddress</c>).</summary>
internal sealed class IpAddressDetector(IOptions<DetectionOptions> options)
    : FindingDetector("ip-address", SensitiveValue.IpAddress, options.Value);
