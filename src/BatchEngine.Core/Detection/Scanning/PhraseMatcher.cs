using System.Buffers;

namespace BatchEngine.Detection.Scanning;

/// <summary>
/// Multi-phrase, whole-word search in one pass per case mode: <see cref="SearchValues{T}"/> of strings jumps
/// (vectorised) to the next place any phrase starts, then the longest phrase starting there is confirmed.
/// Phrases without a lower-case letter (acronyms, stamps) match exactly; the rest ignore case.
/// A trailing plural "s" is accepted.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Mode? _ignoreCase;
    private readonly Mode? _exact;

    /// <param name="phrases">Each phrase with the group (for example a phrase set's index) its hits report.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, int Group)> phrases)
    {
        var ignoreCase = new List<(string, int)>();
        var exact = new List<(string, int)>();
        foreach ((string phrase, int group) in phrases)
        {
            string trimmed = phrase.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            (IsExact(trimmed) ? exact : ignoreCase).Add((trimmed, group));
        }

        _ignoreCase = ignoreCase.Count == 0 ? null : new Mode(ignoreCase, StringComparison.OrdinalIgnoreCase);
        _exact = exact.Count == 0 ? null : new Mode(exact, StringComparison.Ordinal);
    }

    /// <summary>True when the phrase has letters and none of them is lower case.</summary>
    public static bool IsExact(string phrase) => phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);

    /// <summary>Appends every whole-word hit in <paramref name="text"/>, in text order, without overlaps within a mode.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseMatch> matches)
    {
        int before = matches.Count;
        _ignoreCase?.FindAll(text, matches);
        int middle = matches.Count;
        _exact?.FindAll(text, matches);
        if (middle > before && matches.Count > middle)
        {
            matches.Sort(before, matches.Count - before, Comparer<PhraseMatch>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    private sealed class Mode
    {
        private readonly SearchValues<string> _starts;
        private readonly Dictionary<char, (string Phrase, int Group)[]> _byFirstChar;
        private readonly StringComparison _comparison;

        public Mode(List<(string Phrase, int Group)> phrases, StringComparison comparison)
        {
            _comparison = comparison;
            bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
            _starts = SearchValues.Create(phrases.Select(p => p.Phrase).Distinct().ToArray(), comparison);
            _byFirstChar = phrases
                .GroupBy(p => Key(p.Phrase[0], ignoreCase))
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Phrase.Length).ToArray());
        }

        public void FindAll(ReadOnlySpan<char> text, List<PhraseMatch> matches)
        {
            bool ignoreCase = _comparison == StringComparison.OrdinalIgnoreCase;
            int position = 0;
            while (position < text.Length)
            {
                int index = text[position..].IndexOfAny(_starts);
                if (index < 0)
                {
                    return;
                }

                int start = position + index;
                position = start + 1;
                if (!CharRules.IsWordStart(text, start) || !_byFirstChar.TryGetValue(Key(text[start], ignoreCase), out var candidates))
                {
                    continue;
                }

                foreach ((string phrase, int group) in candidates)
                {
                    if (!text[start..].StartsWith(phrase, _comparison))
                    {
                        continue;
                    }

                    int end = start + phrase.Length;
                    if (!CharRules.IsWordEnd(text, end))
                    {
                        bool plural = text[end] is 's' or 'S' && CharRules.IsWordEnd(text, end + 1);
                        if (!plural)
                        {
                            continue;
                        }

                        end++;
                    }

                    matches.Add(new PhraseMatch(start, end - start, group));
                    position = end;
                    break;
                }
            }
        }

        private static char Key(char c, bool ignoreCase) => ignoreCase ? char.ToLowerInvariant(c) : c;
    }
}
