using System.Text.RegularExpressions;

namespace BatchEngine.Detection.Pii.Names;

/// <summary>
/// The shape of a written name at the start of a span: <c>First [M.] Last</c> (up to four words, with particles
/// such as "van" or "de"), <c>Last, First [M.]</c> as forms print it, or the same in capitals (<c>JOHN SMITH</c>).
/// Words are capitalised (<c>O'Brien</c>, <c>McDonald</c>, <c>Mary-Jane</c>); stop words cut the name short.
/// </summary>
internal static partial class PersonNamePattern
{
    private const int MaxSpan = 80;

    /// <summary>The length of the name at the start of <paramref name="text"/>, or 0.</summary>
    /// <param name="text">The text right after the cue.</param>
    /// <param name="minimumWords">1 when a surname or first name alone is enough (after an honorific or "Dear").</param>
    public static int Match(ReadOnlySpan<char> text, int minimumWords)
    {
        ReadOnlySpan<char> slice = text[..Math.Min(text.Length, MaxSpan)];
        foreach (ValueMatch match in LastCommaFirst().EnumerateMatches(slice))
        {
            return AllNameWords(slice[..match.Length]) ? match.Length : 0;
        }

        foreach (ValueMatch match in FirstLast().EnumerateMatches(slice))
        {
            return CutAtStopWord(slice[..match.Length], minimumWords);
        }

        return 0;
    }

    /// <summary>True when no word of the name is a stop word.</summary>
    private static bool AllNameWords(ReadOnlySpan<char> name)
    {
        foreach (Range word in name.SplitAny(" ,"))
        {
            ReadOnlySpan<char> token = name[word].TrimEnd('.');
            if (token.Length > 0 && NameStopWords.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length up to the first stop word, when at least <paramref name="minimumWords"/> words (not counting initials) remain.</summary>
    private static int CutAtStopWord(ReadOnlySpan<char> name, int minimumWords)
    {
        int words = 0;
        int end = 0;
        foreach (Range range in name.Split(' '))
        {
            ReadOnlySpan<char> token = name[range];
            (int offset, _) = range.GetOffsetAndLength(name.Length);
            if (token.Length == 0)
            {
                continue;
            }

            if (NameStopWords.Contains(token.TrimEnd('.')))
            {
                break;
            }

            bool initial = token.Length == 2 && token[1] == '.';
            bool particle = char.IsLower(token[0]);
            words += initial || particle ? 0 : 1;
            if (!particle)
            {
                end = offset + token.Length;
            }
        }

        return words >= minimumWords ? end : 0;
    }

    // A word: an optional Mc/Mac/O' and a capital, lower-case letters, and hyphenated or apostrophed parts.
    [GeneratedRegex("""
        ^(?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)
        ,[ ]
        (?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)
        (?:[ ](?:\p{Lu}\.|\p{Lu}\p{Ll}+))?
        (?![\p{L}\p{Nd}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LastCommaFirst();

    [GeneratedRegex("""
        ^(?:
            (?:(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)
            (?:[ ](?:\p{Lu}\.|(?:van|von|de|da|del|der|di|du|le|la|bin|ibn|al|ter|ten|den)(?=[ ]\p{L})|(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)){0,3}
          | \p{Lu}[\p{Lu}'’-]+(?:[ ](?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]+)){1,3}
        )
        (?![\p{L}\p{Nd}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FirstLast();
}
