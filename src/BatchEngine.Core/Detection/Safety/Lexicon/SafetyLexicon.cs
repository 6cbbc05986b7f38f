using System.Reflection;

namespace BatchEngine.Detection.Safety.Lexicon;

/// <summary>
/// The word classes of the unsafe-content grammar, read once from the embedded <c>safety-lexicon.txt</c>.
/// Besides exact lookup it undoes the two misspellings people use to slip past filters: a dropped letter
/// ("womn", "hatrd") and two swapped letters ("haet", "sikc"), for words of at least
/// <see cref="FuzzyMinimumLength"/> letters, so short everyday words are never "corrected" into a listed one.
/// </summary>
internal sealed class SafetyLexicon
{
    private const string ResourceName = "BatchEngine.Detection.Safety.Lexicon.safety-lexicon.txt";
    private const string RealWordsResourceName = "BatchEngine.Detection.Safety.Lexicon.real-words.txt";

    /// <summary>Listed words shorter than this are matched exactly only.</summary>
    private const int FuzzyMinimumLength = 5;

    private static readonly Lazy<SafetyLexicon> LazyDefault = new(Load);

    private readonly Dictionary<string, WordClass> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconPhrase>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _withOneLetterDropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Word, int At)> _withTwoLettersSwapped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly HashSet<string> _realWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;

    private SafetyLexicon(TextReader reader, TextReader? realWords)
    {
        Read(reader);
        while (realWords?.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                _realWords.Add(line.Trim());
            }
        }

        foreach (string word in _words.Keys.Where(w => w.Length >= FuzzyMinimumLength && IsHostileOrGroup(_words[w])).ToList())
        {
            for (int i = 0; i < word.Length; i++)
            {
                _withOneLetterDropped.TryAdd(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)), word);
            }
        }

        // Every adjacent swap of a listed word, so a misspelling costs one lookup rather than one per letter; where two
        // listed words swap to the same spelling, the swap nearer the start wins, as a left-to-right search would find it.
        foreach (string word in _words.Keys.Where(w => w.Length >= FuzzyMinimumLength - 1 && IsHostileOrGroup(_words[w])))
        {
            for (int i = 0; i + 1 < word.Length; i++)
            {
                if (word[i] == word[i + 1])
                {
                    continue;
                }

                char[] swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                string misspelt = new(swapped);
                if (!_withTwoLettersSwapped.TryGetValue(misspelt, out (string Word, int At) known) || i < known.At)
                {
                    _withTwoLettersSwapped[misspelt] = (word, i);
                }
            }
        }

        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _commonLookup = _common.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in lexicon.</summary>
    public static SafetyLexicon Default => LazyDefault.Value;

    /// <summary>Every listed single word, for the fast trigger scan.</summary>
    public IEnumerable<KeyValuePair<string, WordClass>> Words => _words;

    /// <summary>Every phrase's first word with its classes.</summary>
    public IEnumerable<KeyValuePair<string, List<LexiconPhrase>>> Phrases => _phrases;

    /// <summary>Every misspelling <see cref="Correct"/> undoes (one letter dropped or two swapped), so the trigger scan can find them too.</summary>
    public IEnumerable<string> Misspellings() =>
        _withOneLetterDropped.Keys.Where(w => !_realWords.Contains(w))
            .Concat(_withTwoLettersSwapped.Keys.Where(w => !_realWords.Contains(w) && !_words.ContainsKey(w)));

    /// <summary>A lexicon from text in the format of <c>safety-lexicon.txt</c>, with no list of real words guarding the corrections.</summary>
    public static SafetyLexicon Parse(string text) => new(new StringReader(text), realWords: null);

    public WordClass ClassesOf(ReadOnlySpan<char> word) => _wordLookup.TryGetValue(word, out WordClass classes) ? classes : WordClass.None;

    public bool IsKnown(ReadOnlySpan<char> word) => _wordLookup.ContainsKey(word) || _commonLookup.Contains(word) || _phrases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    public bool IsCommon(ReadOnlySpan<char> word) => _commonLookup.Contains(word);

    public IReadOnlyList<LexiconPhrase> PhrasesStartingWith(string word) =>
        _phrases.TryGetValue(word, out List<LexiconPhrase>? phrases) ? phrases : [];

    /// <summary>
    /// The listed hostile or group word <paramref name="word"/> misspells by one dropped or swapped letter, or null.
    /// A real English word one letter away from a listed one ("word" from "sword", "hard" from "hare") is never
    /// corrected: <c>real-words.txt</c> lists them (generated from SCOWL by the trainer's <c>real-words</c> command).
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < FuzzyMinimumLength - 1 || _realWords.Contains(word))
        {
            return null;
        }

        if (_withOneLetterDropped.TryGetValue(word, out string? full))
        {
            return full;
        }

        return _withTwoLettersSwapped.TryGetValue(word, out (string Word, int At) swapped) ? swapped.Word : null;
    }

    private static bool IsHostileOrGroup(WordClass classes) => (classes & (WordClass.Group | WordClass.GroupAdjective | WordClass.Slur
        | WordClass.Negative | WordClass.Dehumanising | WordClass.Hate | WordClass.Violence | WordClass.Profanity | WordClass.Positive)) != 0;

    private static SafetyLexicon Load()
    {
        using Stream stream = typeof(SafetyLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(SafetyLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        using Stream realWords = typeof(SafetyLexicon).Assembly.GetManifestResourceStream(RealWordsResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {RealWordsResourceName} is missing from {typeof(SafetyLexicon).Assembly.GetName().Name}.");
        using var realWordsReader = new StreamReader(realWords);
        return new SafetyLexicon(reader, realWordsReader);
    }

    private void Read(TextReader reader)
    {
        WordClass section = WordClass.None;
        bool common = false;
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                string name = trimmed.Trim('[', ']');
                common = name == "common";
                section = common ? WordClass.None : WordClassNames.Parse(name);
                continue;
            }

            foreach (string entry in trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                Add(entry, section, common);
            }
        }
    }

    private void Add(string entry, WordClass section, bool common)
    {
        string[] words = entry.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (common)
        {
            _common.Add(words[0]);
            return;
        }

        if (words.Length == 1)
        {
            _words[words[0]] = (_words.TryGetValue(words[0], out WordClass existing) ? existing : WordClass.None) | section;
            return;
        }

        if (!_phrases.TryGetValue(words[0], out List<LexiconPhrase>? list))
        {
            _phrases[words[0]] = list = [];
        }

        list.Add(new LexiconPhrase(words[1..], section));
    }
}
