using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Secrets;

/// <summary>Private key blocks, cloud access key ids and API or bearer tokens (<c>Secret:*</c>).</summary>
internal sealed class SecretDetector(IOptions<DetectionOptions> options)
    : FindingDetector("secrets", new SecretFinder(), options.Value);
