using BatchEngine.Detection.Secrets;

namespace BatchEngine.Tests.Detection;

public sealed class SecretDetectorTests
{
    private const string Key = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEowIBAAKCAQEAx4UbaDzY0xJYsQhKzEXAMPLEKEYMATERIALx4UbaDzY0xJYsQhKz
        Zk8vSG1xT2x3b2R5c3Rlbg==
        -----END RSA PRIVATE KEY-----
        """;

    [Theory]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", TokenShapes.CloudAccessKeyType)]
    [InlineData("token ghp_abcdefghijklmnopqrstuvwxyz0123456789 here", "ghp_abcdefghijklmnopqrstuvwxyz0123456789", TokenShapes.ApiTokenType)]
    [InlineData("STRIPE=sk_live_51H8abcdEFGHijklMNOPqrst", "sk_live_51H8abcdEFGHijklMNOPqrst", TokenShapes.ApiTokenType)]
    [InlineData("slack xoxb-123456789012-abcdefABCDEF", "xoxb-123456789012-abcdefABCDEF", TokenShapes.ApiTokenType)]
    [InlineData("google AIzaSyA1234567890abcdefghijklmnopqrstuv", "AIzaSyA1234567890abcdefghijklmnopqrstuv", TokenShapes.ApiTokenType)]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig123", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig123", TokenShapes.BearerTokenType)]
    public void Finds_tokens_by_prefix(string text, string value, string type)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
        Assert.DoesNotContain(value, hit.Snippet);
    }

    [Fact]
    public void Finds_a_private_key_block_and_redacts_it_whole()
    {
        string text = "Deploy key below.\n" + Key + "\nEnd of file.";
        var hit = Assert.Single(DetectorHarness.Hits(text, SecretFinder.PrivateKeyType));
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", DetectorHarness.Covered(text, hit));
        Assert.EndsWith("-----END RSA PRIVATE KEY-----", DetectorHarness.Covered(text, hit));
        Assert.Contains("[private key redacted]", hit.Snippet);
        Assert.DoesNotContain("MIIE", hit.Snippet);
    }

    [Theory]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----")]   // public material
    [InlineData("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----")]
    [InlineData("The AKIA prefix marks AWS keys.")]                      // prefix alone
    [InlineData("AKIAIOSFODNN7EXAMPLE1234")]                             // too long for an access key id
    [InlineData("ghp_tooshort123")]
    [InlineData("We use bearer tokens for authentication in this paper.")]
    [InlineData("Bearer authenticationtokenswithoutdigits")]
    [InlineData("my_ghp_abcdefghijklmnopqrstuvwxyz0123456789")]          // not at a word start
    public void Rejects_look_alikes(string text)
    {
        Assert.DoesNotContain(DetectorHarness.RunAll(text), s => s.Type.StartsWith("Secret:", StringComparison.Ordinal));
    }
}
