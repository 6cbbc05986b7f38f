using BatchEngine.Detection;

namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// An e-mail address that spells its owner's name (<c>mario.rossi@…</c>, <c>e_white@…</c>) next to that name
/// written out in the same record ("Rossi writes", "Dr. Emily White"): the address and the name are one person's,
/// even where no name detector pointed at the name. An address of one name (<c>alexis@…</c>) counts only beside a
/// full name that holds it ("de Lattre Alexis"). A bare address (a recipient in a header, <c>jsmith@…</c>)
/// names nobody by itself.
/// </summary>
internal static class NamedAddress
{
    private const int ShortestNamePart = 3;
    private const int ShortestSingleName = 4;

    /// <summary>The written name beside <paramref name="email"/>, as a <c>PII:PersonName</c> signal, or null.</summary>
    public static DetectionSignal? NameBeside(string text, DetectionSignal email, int maxCharacters)
    {
        if (email.Start < 0 || email.Start + email.Length > text.Length)
        {
            return null;
        }

        ReadOnlySpan<char> address = text.AsSpan(email.Start, email.Length);
        int at = address.IndexOf('@');
        if (at <= 0)
        {
            return null;
        }

        string[] parts = address[..at].ToString().Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => !p.All(char.IsLetter)) || (parts.Length == 1 && parts[0].Length < ShortestSingleName))
        {
            return null;
        }

        (int from, int to) = RecordBlock.Around(text, email.Start, maxCharacters);
        if (parts.Length == 1)
        {
            int single = FindCapitalised(text, parts[0], from, to, email.Start, email.Start + email.Length);
            if (single < 0 || !InFullName(text, single, parts[0].Length))
            {
                return null;
            }

            // The signal covers the whole written name, so the snippet masks all of it, not the given name alone.
            (int nameStart, int nameEnd) = FullName(text, single, single + parts[0].Length);
            return email with { Type = RecordParts.PersonName, Start = nameStart, Length = nameEnd - nameStart, Detector = PolicyClassifier.DetectorName };
        }

        foreach (string part in parts.Where(p => p.Length >= ShortestNamePart).Reverse())
        {
            int found = FindCapitalised(text, part, from, to, email.Start, email.Start + email.Length);
            if (found >= 0 && FitsGivenName(text, found, parts[0], part))
            {
                return email with { Type = RecordParts.PersonName, Start = found, Length = part.Length, Detector = PolicyClassifier.DetectorName };
            }
        }

        return null;
    }

    /// <summary>
    /// When a capitalised word stands right before the found one, it must be the given name the address starts with
    /// ("Emily White" for <c>e.white@</c>): "Engineering Leadership" does not name <c>eng-leadership@</c>.
    /// </summary>
    private static bool FitsGivenName(string text, int found, string first, string matched)
    {
        int end = found;
        while (end > 0 && text[end - 1] is ' ' or '.')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end == start || !char.IsUpper(text[start]) || first.Equals(matched, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ReadOnlySpan<char> before = text.AsSpan(start, end - start);
        return first.Length == 1 ? char.ToLowerInvariant(before[0]) == char.ToLowerInvariant(first[0]) : before.Equals(first, StringComparison.OrdinalIgnoreCase)
            || before.Equals("Mr", StringComparison.Ordinal) || before.Equals("Ms", StringComparison.Ordinal) || before.Equals("Mrs", StringComparison.Ordinal) || before.Equals("Dr", StringComparison.Ordinal);
    }

    /// <summary>True when a capitalised word stands beside the found one on its line ("de Lattre Alexis", "Alexis Martin").</summary>
    private static bool InFullName(string text, int found, int length)
    {
        int before = found - 1;
        bool left = before > 0 && text[before] == ' ' && char.IsLetter(text[before - 1]) && char.IsUpper(text[WordStart(text, before - 1)]);
        int after = found + length;
        bool right = after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]);
        return left || right;
    }

    /// <summary>The capitalised words (and name particles: "de", "van", "von") around [start, end) on its line.</summary>
    private static (int Start, int End) FullName(string text, int start, int end)
    {
        while (start > 1 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]))
        {
            int word = WordStart(text, start - 2);
            if (!char.IsUpper(text[word]) && !NameParticles.Contains(text[word..(start - 1)]))
            {
                break;
            }

            start = word;
        }

        while (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
        }

        return (start, end);
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "du", "da", "di", "van", "von", "der", "den", "la", "le", "del", "dos", "das", "bin", "ibn" };

    private static int WordStart(string text, int last)
    {
        int start = last;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>The word <paramref name="word"/> written with a capital, as a whole word, in [from, to) outside the address.</summary>
    private static int FindCapitalised(string text, string word, int from, int to, int skipFrom, int skipTo)
    {
        int position = from;
        while (position < to)
        {
            int index = text.IndexOf(word, position, to - position, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return -1;
            }

            bool outside = index + word.Length <= skipFrom || index >= skipTo;
            bool whole = (index == 0 || !char.IsLetter(text[index - 1])) && (index + word.Length >= text.Length || !char.IsLetter(text[index + word.Length]));
            if (outside && whole && char.IsUpper(text[index]))
            {
                return index;
            }

            position = index + 1;
        }

        return -1;
    }
}
