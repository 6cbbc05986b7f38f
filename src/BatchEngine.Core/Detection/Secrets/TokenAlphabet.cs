namespace BatchEngine.Detection.Secrets;

/// <summary>The characters a token may contain after its prefix.</summary>
internal enum TokenAlphabet
{
    /// <summary>A-Z and 0-9 (cloud access key ids).</summary>
    UpperAlphanumeric,

    /// <summary>Letters and digits.</summary>
    Alphanumeric,

    /// <summary>Letters, digits, '_' and '-'.</summary>
    Word,

    /// <summary>Letters, digits and <c>-._~+/</c> (bearer tokens, JWTs), '=' padding after.</summary>
    Base64Url,
}

/// <summary>Membership tests for <see cref="TokenAlphabet"/>.</summary>
internal static class TokenAlphabetExtensions
{
    public static bool Contains(this TokenAlphabet alphabet, char c) => alphabet switch
    {
        TokenAlphabet.UpperAlphanumeric => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c),
        TokenAlphabet.Alphanumeric => char.IsAsciiLetterOrDigit(c),
        TokenAlphabet.Word => char.IsAsciiLetterOrDigit(c) || c is '_' or '-',
        _ => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/',
    };
}
