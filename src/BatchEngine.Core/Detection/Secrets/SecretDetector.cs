using BatchEngine.Detection.Scanning;
using BatchEngine.Detection.Snippets;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Credentials by shape (<c>Secret:*</c>): private keys in every PEM, PuTTY and SSH2 form, cloud access key ids,
/// API and bearer tokens, password hashes, passwords and secrets under keys named for them, and connection
/// strings that carry a password.
/// </summary>
internal sealed class SecretDetector(IOptions<DetectionOptions> options)
    : FindingDetector("secrets", SensitiveValue.Secret, options.Value)
{
    /// <summary>Every credential finder, in one chain (also used to mask credentials in other detectors' snippets).</summary>
    public static IFinder CreateFinder() => new FinderChain(
        new SecretFinder(), new KeyFileFinder(), new PasswordHashFinder(), new KeyedSecretFinder(), new ConnectionStringFinder());
}
