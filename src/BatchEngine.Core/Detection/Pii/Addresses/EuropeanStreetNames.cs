namespace BatchEngine.Detection.Pii.Addresses;

/// <summary>German, Austrian, Swiss and Dutch street names end in a street word ("Hauptstraße", "Keizersgracht") and put the house number after it.</summary>
internal static class EuropeanStreetNames
{
    private static readonly string[] Endings =
    [
        "straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee",
        "gracht", "laan", "straat", "plein", "kade", "singel", "dijk", "steeg", "markt",
    ];

    /// <summary>The start of a capitalised street name ending right before the space before <paramref name="number"/>, or -1.</summary>
    public static int StartBefore(ReadOnlySpan<char> text, int number)
    {
        int wordEnd = number - 1;
        if (wordEnd < 4 || text[wordEnd] != ' ')
        {
            return -1;
        }

        int start = wordEnd;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '.' or '-') && wordEnd - start < 40)
        {
            start--;
        }

        ReadOnlySpan<char> word = text[start..wordEnd];
        if (word.Length < 4 || !char.IsUpper(word[0]))
        {
            return -1;
        }

        foreach (string ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return start;
            }
        }

        return -1;
    }
}
