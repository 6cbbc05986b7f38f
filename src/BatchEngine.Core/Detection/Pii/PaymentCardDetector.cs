using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii;

/// <summary>Payment card numbers with Luhn and issuer checks (<c>PII:CreditCard</c>).</summary>
internal sealed class PaymentCardDetector(IOptions<DetectionOptions> options)
    : FindingDetector("payment-card", SensitiveValue.PaymentCard, options.Value);
