using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>A token recognised by its prefix, the characters it may contain and its length after the prefix.</summary>
/// <param name="Prefix">The published prefix (case-sensitive).</param>
/// <param name="Type">The signal type.</param>
/// <param name="MinLength">Fewest characters after the prefix.</param>
/// <param name="MaxLength">Most characters after the prefix.</param>
/// <param name="Alphabet">The characters a token may contain after the prefix.</param>
/// <param name="Confidence">How sure a match is.</param>
/// <param name="ValueOnly">True when the prefix is a keyword ("Bearer ") that is not part of the secret.</param>
internal sealed record TokenShape(string Prefix, string Type, int MinLength, int MaxLength, TokenAlphabet Alphabet, double Confidence, bool ValueOnly = false)
{
    /// <summary>The end of the token whose value starts at <paramref name="valueStart"/>, or -1.</summary>
    public int Match(ReadOnlySpan<char> text, int valueStart)
    {
        int end = valueStart;
        int limit = Math.Min(text.Length, valueStart + MaxLength);
        bool digit = false;
        while (end < limit && Alphabet.Contains(text[end]))
        {
            digit |= CharRules.IsDigit(text[end]);
            end++;
        }

        if (Alphabet == TokenAlphabet.Base64Url)
        {
            while (end < text.Length && text[end] == '=')
            {
                end++;
            }
        }

        bool bounded = end >= text.Length || !Alphabet.Contains(text[end]);
        return end - valueStart >= MinLength && bounded && (digit || Alphabet == TokenAlphabet.UpperAlphanumeric) ? end : -1;
    }
}
