using System.Numerics;
using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Text;

/// <summary>
/// The fast first pass: does a sentence hold any word the grammar could act on? Every word is hashed as it is
/// read (case, accents and leetspeak folded on the fly) and looked up in a small open-addressing table of the
/// lexicon's trigger words; runs of spaced-out single letters and long glued words (a trigger word as their
/// prefix or suffix) count too. Only sentences that pass are tokenized, so ordinary prose costs one hash per word.
/// </summary>
internal sealed class TriggerScan
{
    private const WordClass TriggerClasses = WordClass.Group | WordClass.Slur | WordClass.Dehumanising | WordClass.Hate
        | WordClass.Profanity | WordClass.Violence | WordClass.SelfHarm | WordClass.Weapon | WordClass.Extremist | WordClass.Gore
        | WordClass.Negative | WordClass.HarmfulAct;

    /// <summary>Words at least this long are also checked for a trigger word glued to their start or end.</summary>
    private const int GluedLength = 8;

    private const int MinimumGluedPart = 4;

    private const int MaxWordLength = 64;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly ulong[] _table;
    private readonly int _mask;

    public TriggerScan(SafetyLexicon lexicon)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string word, WordClass classes) in lexicon.Words)
        {
            if ((classes & TriggerClasses) != 0)
            {
                words.Add(word);
            }
        }

        foreach ((string first, List<LexiconPhrase> phrases) in lexicon.Phrases)
        {
            foreach (LexiconPhrase phrase in phrases.Where(p => (p.Classes & TriggerClasses) != 0))
            {
                // The phrase's longest word stands for it ("rid" for "get rid of").
                words.Add(phrase.Rest.Append(first).MaxBy(w => w.Length)!);
            }
        }

        // Misspelt triggers ("murdr", "haet") must pass the scan for the tokenizer to correct them.
        words.UnionWith(lexicon.Misspellings());
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 4));
        _table = new ulong[size];
        _mask = size - 1;
        foreach (string word in words)
        {
            Insert(Hash(word));
        }
    }

    public bool IsCandidate(ReadOnlySpan<char> text)
    {
        Span<ulong> prefixes = stackalloc ulong[MaxWordLength + 1];
        int spacedLetters = 0;
        int i = 0;
        while (i < text.Length)
        {
            char letter = Letter(text, i);
            if (letter == '\0')
            {
                i++;
                continue;
            }

            int start = i;
            ulong hash = Offset;
            int length = 0;
            while (i < text.Length && (letter = Letter(text, i)) != '\0')
            {
                hash = (hash ^ letter) * Prime;
                if (length < MaxWordLength)
                {
                    prefixes[++length] = hash;
                }

                i++;
            }

            if (Contains(hash))
            {
                return true;
            }

            spacedLetters = length == 1 && (spacedLetters == 0 || text[start - 1] == ' ') ? spacedLetters + 1 : 0;
            if (spacedLetters >= 3 || (length >= GluedLength && IsGlued(text[start..i], prefixes, length)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsGlued(ReadOnlySpan<char> word, Span<ulong> prefixes, int length)
    {
        int longest = Math.Min(length - 1, MaxWordLength);
        for (int cut = MinimumGluedPart; cut <= longest; cut++)
        {
            if (Contains(prefixes[cut]))
            {
                return true;
            }
        }

        for (int from = 1; from <= word.Length - MinimumGluedPart; from++)
        {
            ulong hash = Offset;
            for (int k = from; k < word.Length; k++)
            {
                hash = (hash ^ Letter(word, k)) * Prime;
            }

            if (Contains(hash))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded letter at <paramref name="i"/>, reading a leet digit or symbol as a letter when a letter stands beside it.</summary>
    private static char Letter(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        char letter = CharFolding.Letter(c);
        if (letter != '\0' || c < '!')
        {
            return letter;
        }

        char leet = CharFolding.Leet(c);
        if (leet == '\0')
        {
            return '\0';
        }

        bool before = i > 0 && CharFolding.Letter(text[i - 1]) != '\0';
        bool after = i + 1 < text.Length && CharFolding.Letter(text[i + 1]) != '\0';
        return before || after ? leet : '\0';
    }

    private static ulong Hash(string word)
    {
        ulong hash = Offset;
        foreach (char c in word)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private void Insert(ulong hash)
    {
        int slot = (int)(hash & (ulong)_mask);
        while (_table[slot] != 0 && _table[slot] != hash)
        {
            slot = (slot + 1) & _mask;
        }

        _table[slot] = hash;
    }

    private bool Contains(ulong hash)
    {
        int slot = (int)(hash & (ulong)_mask);
        while (_table[slot] != 0)
        {
            if (_table[slot] == hash)
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }
}
