namespace BatchEngine.Detection.Secrets;

/// <summary>The token prefixes the secret finder knows, longest first where prefixes overlap.</summary>
internal static class TokenShapes
{
    public const string CloudAccessKeyType = "Secret:CloudAccessKey";
    public const string ApiTokenType = "Secret:ApiToken";
    public const string BearerTokenType = "Secret:BearerToken";

    /// <summary>The first characters of the prefixes, to reject most candidates at once.</summary>
    public static readonly string FirstCharacters = "AgsrxnB";

    public static readonly TokenShape[] All =
    [
        new("AKIA", CloudAccessKeyType, 16, 16, TokenAlphabet.UpperAlphanumeric, 0.9),   // AWS access key id
        new("ASIA", CloudAccessKeyType, 16, 16, TokenAlphabet.UpperAlphanumeric, 0.9),   // AWS temporary access key id
        new("AIza", ApiTokenType, 35, 35, TokenAlphabet.Word, 0.9),                      // Google API key
        new("github_pat_", ApiTokenType, 22, 255, TokenAlphabet.Word, 0.95),             // GitHub fine-grained token
        new("ghp_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.95),             // GitHub tokens
        new("gho_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.95),
        new("ghu_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.95),
        new("ghs_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.95),
        new("ghr_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.95),
        new("glpat-", ApiTokenType, 20, 20, TokenAlphabet.Word, 0.95),                   // GitLab personal token
        new("sk_live_", ApiTokenType, 16, 128, TokenAlphabet.Alphanumeric, 0.95),        // Stripe live keys
        new("rk_live_", ApiTokenType, 16, 128, TokenAlphabet.Alphanumeric, 0.95),
        new("sk_test_", ApiTokenType, 16, 128, TokenAlphabet.Alphanumeric, 0.7),
        new("sk-proj-", ApiTokenType, 20, 200, TokenAlphabet.Word, 0.9),                 // OpenAI project keys
        new("sk-ant-", ApiTokenType, 20, 200, TokenAlphabet.Word, 0.9),                  // Anthropic keys
        new("xoxb-", ApiTokenType, 10, 120, TokenAlphabet.Word, 0.9),                    // Slack tokens
        new("xoxp-", ApiTokenType, 10, 120, TokenAlphabet.Word, 0.9),
        new("xoxa-", ApiTokenType, 10, 120, TokenAlphabet.Word, 0.9),
        new("xoxr-", ApiTokenType, 10, 120, TokenAlphabet.Word, 0.9),
        new("xoxs-", ApiTokenType, 10, 120, TokenAlphabet.Word, 0.9),
        new("npm_", ApiTokenType, 36, 36, TokenAlphabet.Alphanumeric, 0.9),              // npm token
        new("Bearer ", BearerTokenType, 20, 4096, TokenAlphabet.Base64Url, 0.85, ValueOnly: true),
    ];
}
