using System.Buffers;

namespace BatchEngine.Detection.Scanning;

/// <summary>Character classes and word boundaries shared by the finders.</summary>
internal static class CharRules
{
    /// <summary>ASCII digits, for vectorised jumps to the next number.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsUpperAscii(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>True when no word character stands right before <paramref name="index"/>.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int index) => index == 0 || !IsWordChar(text[index - 1]);

    /// <summary>True when no word character stands at <paramref name="index"/> (the position after a match).</summary>
    public static bool IsWordEnd(ReadOnlySpan<char> text, int index) => index >= text.Length || !IsWordChar(text[index]);

    /// <summary>
    /// True when the number starting at <paramref name="start"/> continues a longer token on its left: a letter
    /// or digit, or a joiner such as '-', '.', '/', ':' that itself follows a letter or digit (dates, GUIDs, versions).
    /// </summary>
    public static bool ContinuesOnLeft(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        char before = text[start - 1];
        if (IsWordChar(before))
        {
            return true;
        }

        return IsJoiner(before) && start >= 2 && char.IsAsciiLetterOrDigit(text[start - 2]);
    }

    /// <summary>True when the number ending before <paramref name="end"/> continues on its right (the mirror of <see cref="ContinuesOnLeft"/>).</summary>
    public static bool ContinuesOnRight(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        char after = text[end];
        if (IsWordChar(after))
        {
            return true;
        }

        return IsJoiner(after) && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]);
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '/' or ':' or '_' or '+';
}
