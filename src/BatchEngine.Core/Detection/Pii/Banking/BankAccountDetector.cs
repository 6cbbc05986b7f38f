using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.Banking;

/// <summary>Bank account numbers after an account label (<c>PII:BankAccount</c>).</summary>
internal sealed class BankAccountDetector(IOptions<DetectionOptions> options)
    : FindingDetector("bank-account", SensitiveValue.BankAccount, options.Value);
