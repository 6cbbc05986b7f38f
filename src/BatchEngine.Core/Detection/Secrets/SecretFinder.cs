using System.Buffers;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Secrets by shape: PEM private key blocks, cloud access key ids (<c>AKIA...</c>), and API tokens and bearer
/// tokens recognised by their published prefixes (<c>ghp_</c>, <c>sk_live_</c>, <c>xoxb-</c>, ...). One vectorised
/// search finds every prefix; each hit is confirmed by the token's length and alphabet.
/// </summary>
internal sealed class SecretFinder : IFinder
{
    public const string PrivateKeyType = "Secret:PrivateKey";

    private const string BeginMarker = "-----BEGIN ";
    private const int MaxKeyBlock = 16_384;

    /// <summary>
    /// Every token prefix either starts with 'A' or 'B' or has '_' or '-' within its first letters, so one
    /// vectorised search for these four characters finds every candidate; the token start is then read back.
    /// </summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create("_-AB");

    private const int LongestLettersBeforeSeparator = 8;

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        FindPrivateKeys(text, found);
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOfAny(Triggers);
            if (index < 0)
            {
                return;
            }

            int trigger = position + index;
            position = trigger + 1;
            int start = trigger;
            if (text[trigger] is '_' or '-')
            {
                while (start > 0 && trigger - start < LongestLettersBeforeSeparator && char.IsAsciiLetter(text[start - 1]))
                {
                    start--;
                }
            }

            if (start == trigger && text[trigger] is '_' or '-')
            {
                continue;
            }

            int end = TryToken(text, start, found);
            if (end > 0)
            {
                position = end;
            }
        }
    }

    /// <summary>Tries every token shape at <paramref name="start"/>; returns the end of the token found, or -1.</summary>
    private static int TryToken(ReadOnlySpan<char> text, int start, List<Finding> found)
    {
        if (!CharRules.IsWordStart(text, start) || !TokenShapes.FirstCharacters.Contains(text[start]))
        {
            return -1;
        }

        foreach (TokenShape shape in TokenShapes.All)
        {
            if (!text[start..].StartsWith(shape.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            int valueStart = shape.ValueOnly ? start + shape.Prefix.Length : start;
            int end = shape.Match(text, start + shape.Prefix.Length);
            if (end > 0)
            {
                found.Add(new Finding(valueStart, end - valueStart, shape.Type, shape.Confidence, MaskStyle.KeepLastFour));
                return end;
            }
        }

        return -1;
    }

    private static void FindPrivateKeys(ReadOnlySpan<char> text, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOf(BeginMarker, StringComparison.Ordinal);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            int end = PrivateKeyEnd(text, start);
            if (end > 0)
            {
                found.Add(new Finding(start, end - start, PrivateKeyType, 0.99, MaskStyle.Redact));
            }

            position = end > 0 ? end : start + BeginMarker.Length;
        }
    }

    /// <summary>The end of a <c>-----BEGIN ... PRIVATE KEY-----</c> block (its END line, or the last key line), or -1.</summary>
    private static int PrivateKeyEnd(ReadOnlySpan<char> text, int start)
    {
        int labelStart = start + BeginMarker.Length;
        int labelLength = text[labelStart..].IndexOf("-----", StringComparison.Ordinal);
        if (labelLength is < 0 or > 40)
        {
            return -1;
        }

        ReadOnlySpan<char> label = text.Slice(labelStart, labelLength);
        if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.EndsWith("PRIVATE KEY BLOCK", StringComparison.Ordinal))
        {
            return -1;
        }

        int bodyStart = labelStart + labelLength + 5;
        int limit = Math.Min(text.Length, bodyStart + MaxKeyBlock);
        int endMarker = text[bodyStart..limit].IndexOf("-----END ", StringComparison.Ordinal);
        if (endMarker >= 0)
        {
            int close = bodyStart + endMarker + 9;
            int closing = text[close..limit].IndexOf("-----", StringComparison.Ordinal);
            return closing < 0 ? limit : close + closing + 5;
        }

        // No END line (a cut page): the block runs while the text looks like base64 key lines.
        int position = bodyStart;
        while (position < limit && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '+' or '/' or '=' or '\r' or '\n' or ' ' or ':' or '-'))
        {
            position++;
        }

        return position;
    }
}
