using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Pii.Crypto;

/// <summary>Bitcoin and ethereum wallet addresses (<c>PII:CryptoWallet</c>).</summary>
internal sealed class CryptoWalletDetector(IOptions<DetectionOptions> options)
    : FindingDetector("crypto-wallet", SensitiveValue.CryptoWallet, options.Value);
