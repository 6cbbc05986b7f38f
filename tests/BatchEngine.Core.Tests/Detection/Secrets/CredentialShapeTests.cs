using System.Security.Cryptography;
using BatchEngine.Detection.Secrets;

namespace BatchEngine.Tests.Detection.Secrets;

/// <summary>
/// Credentials by shape. Every secret value here is generated at run time (random bytes, or keys made with
/// System.Security.Cryptography), so no real-looking credential is committed.
/// </summary>
public sealed class CredentialShapeTests
{
    private static string RandomWord(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', 'x').Replace('/', 'y');

    // A random value can spell a slot word ("xxx", "here"), which the finder rightly takes for a placeholder (about one
    // draw in 2,000): such a draw is no test of a real password, so it is drawn again.
    private static string RandomSecret(int bytes)
    {
        string secret;
        do
        {
            secret = RandomWord(bytes);
        }
        while (PlaceholderValue.IsPlaceholder(secret));

        return secret;
    }

    private static string CryptSalt() => RandomWord(6)[..8].Replace('x', '.');

    [Fact]
    public void Finds_hashes_in_shadow_and_passwd_lines()
    {
        string sha512 = $"$6${CryptSalt()}${RandomWord(64)[..86]}";
        string des = RandomWord(12)[..13];
        string text = $"root:{sha512}:19500:0:99999:7:::\ndaemon:*:19500:0:99999:7:::\nolduser:{des}:1001:1001:Old User:/home/olduser:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin";

        var hits = DetectorHarness.Hits(text, PasswordHashFinder.Type);

        Assert.Equal([sha512, des], hits.Select(h => DetectorHarness.Covered(text, h)));
        Assert.All(hits, h => Assert.Contains("[secret redacted]", h.Snippet));
        Assert.DoesNotContain(sha512[..12], string.Concat(hits.Select(h => h.Snippet)));
    }

    [Fact]
    public void Finds_a_bcrypt_hash_under_any_key()
    {
        string bcrypt = "$2b$12$" + RandomWord(40)[..53].Replace('x', '.');
        var hit = Assert.Single(DetectorHarness.Hits("admin_hash: " + bcrypt, PasswordHashFinder.Type));
        Assert.Equal(0.9, hit.Confidence);
    }

    [Theory]
    [InlineData("DB_PASSWORD={0}")]
    [InlineData("export API_TOKEN={0}")]
    [InlineData("[database]\nhost = db.internal\npassword = {0}\n")]
    [InlineData("smtp:\n  user: mailer\n  password: \"{0}\"\n")]
    [InlineData("{{\n  \"client_secret\": \"{0}\",\n  \"client_id\": \"app\"\n}}")]
    [InlineData("<connection><user>app</user><password>{0}</password></connection>")]
    [InlineData("<add key=\"Mail\" password=\"{0}\" />")]
    [InlineData("JWT_SIGNING_KEY='{0}'")]
    public void Finds_secrets_under_keys_named_for_them(string template)
    {
        string secret = RandomSecret(18);
        string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, secret);
        var hit = Assert.Single(DetectorHarness.Hits(text, KeyedSecretFinder.Type));
        Assert.Equal(secret, DetectorHarness.Covered(text, hit));
        Assert.DoesNotContain(secret, hit.Snippet);
    }

    [Theory]
    [InlineData("DB_PASSWORD=your_database_password")]
    [InlineData("STRIPE_SECRET_KEY=sk_test_your_stripe_secret_key_here")]
    [InlineData("OPENAI_API_KEY=\"\"")]
    [InlineData("password = ${DB_PASSWORD}")]
    [InlineData("password: <secret>")]
    [InlineData("admin_password=changeme")]
    [InlineData("token = xxxxxxxx")]
    [InlineData("secret: '****'")]
    [InlineData("MAX_TOKENS=4096")]
    [InlineData("token_url = https://auth.example/token")]
    [InlineData("password_min_length: 12")]
    [InlineData("- **Password:** must hold at least 12 characters")]
    [InlineData("Reset your password: open the settings page and choose a new one.")]
    [InlineData("api_key = process.env.API_KEY")]
    public void Ignores_placeholders_descriptions_and_prose(string text)
    {
        Assert.DoesNotContain(DetectorHarness.RunAll(text), s => s.Type.StartsWith("Secret:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Server=db01;Database=orders;User Id=app;Password={0};")]
    [InlineData("DATABASE_URL=postgres://app:{0}@db01.internal:5432/orders")]
    [InlineData("amqp://guest:{0}@rabbit:5672/")]
    public void Finds_passwords_in_connection_strings(string template)
    {
        string secret = RandomSecret(15);
        string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, secret);
        var hit = Assert.Single(DetectorHarness.Hits(text, ConnectionStringFinder.Type));
        Assert.Equal(secret, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("Server=db01;Database=orders;User Id=app;Password=<password>;")]
    [InlineData("postgres://app:${DB_PASS}@db01/orders")]
    [InlineData("See https://example.org/docs:install for more.")]
    public void Ignores_connection_strings_without_a_real_password(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, ConnectionStringFinder.Type));
    }

    public static TheoryData<string> GeneratedPrivateKeys()
    {
        using var rsa = RSA.Create(2048);
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pbe = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000);
        return new TheoryData<string>
        {
            rsa.ExportRSAPrivateKeyPem(),                                    // PKCS#1
            rsa.ExportPkcs8PrivateKeyPem(),                                  // PKCS#8
            rsa.ExportEncryptedPkcs8PrivateKeyPem("test-passphrase", pbe),   // encrypted PKCS#8
            ec.ExportECPrivateKeyPem(),                                      // SEC1 EC
            "-----BEGIN OPENSSH PRIVATE KEY-----\n" + RandomWord(300) + "\n-----END OPENSSH PRIVATE KEY-----",
            "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n" + RandomWord(48) + "\nPrivate-Lines: 1\n" + RandomWord(48) + "\nPrivate-MAC: " + Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"deploy\"\n" + RandomWord(200) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
        };
    }

    [Theory]
    [MemberData(nameof(GeneratedPrivateKeys))]
    public void Finds_private_keys_in_every_form_and_redacts_them(string key)
    {
        string text = "Key for the deploy user:\n" + key + "\nKeep it safe.";
        var hit = Assert.Single(DetectorHarness.Hits(text, SecretFinder.PrivateKeyType));
        Assert.Contains("[private key redacted]", hit.Snippet);
        Assert.InRange(hit.Length, key.Length - 2, key.Length + 2);
    }
}
