using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.Banking;

/// <summary>US bank routing (ABA) numbers near a bank word (<c>PII:BankRouting</c>).</summary>
internal sealed class BankRoutingDetector(IOptions<DetectionOptions> options)
    : FindingDetector("bank-routing", SensitiveValue.BankRouting, options.Value);
