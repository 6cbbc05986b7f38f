using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Text;

/// <summary>
/// Turns a sentence into normalised tokens, undoing what people do to slip past word filters before the
/// grammar reads it: case and accents, look-alike letters, leetspeak ("k1ll", "n!gg3r", "f*ck"), stretched
/// letters ("kiiiill"), spaced-out letters ("k i l l"), glued words ("ihate", "womendisgust"), and one
/// dropped or swapped letter ("womn", "haet"). Each token keeps the offsets of the text it came from.
/// </summary>
internal sealed class SafetyTokenizer(SafetyLexicon lexicon)
{
    /// <summary>At least this many single letters in a row, one space apart, are read as one spaced-out word.</summary>
    private const int SpacedLetterRun = 3;

    /// <summary>The longest word tried as two glued words (longer ones are chemical names and URLs).</summary>
    private const int MaxGluedLength = 24;

    /// <summary>One half of a glued word must be a listed word at least this long.</summary>
    private const int MinimumListedHalf = 4;

    private static readonly char[] Vowels = ['a', 'e', 'i', 'o', 'u'];

    public List<SafetyToken> Tokenize(ReadOnlySpan<char> text, int offset)
    {
        // About one word or mark per four characters: sized up front, as growing it was a tenth of the detector's time.
        var raw = new List<(int Start, int End, char Punctuation)>((text.Length / 4) + 4);
        Scan(text, raw);
        var tokens = new List<SafetyToken>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            (int start, int end, char punctuation) = raw[i];
            if (punctuation != '\0')
            {
                tokens.Add(new SafetyToken(offset + start, end - start, punctuation.ToString(), punctuation == '"' ? WordClass.Quote : WordClass.None, punctuation));
                continue;
            }

            int run = SpacedRunLength(text, raw, i);
            if (run >= SpacedLetterRun)
            {
                int last = raw[i + run - 1].End;
                var joined = new char[run];
                for (int k = 0; k < run; k++)
                {
                    joined[k] = Fold(text[raw[i + k].Start]);
                }

                AddWord(new string(joined), offset + start, last - start, tokens);
                i += run - 1;
                continue;
            }

            int before = tokens.Count;
            Normalise(text[start..end], offset + start, tokens);
            if (IsAcronym(text[start..end]))
            {
                for (int k = before; k < tokens.Count; k++)
                {
                    tokens[k] = tokens[k] with { IsAcronym = true };
                }
            }
        }

        MarkPhrases(tokens);
        return tokens;
    }

    /// <summary>Words (letters, digits, apostrophes, and leet or masking symbols inside a word) and the punctuation that ends clauses.</summary>
    private static void Scan(ReadOnlySpan<char> text, List<(int Start, int End, char Punctuation)> raw)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(text, i))
            {
                int start = i;
                while (i < text.Length && (IsWordChar(text, i) || (CharFolding.IsApostrophe(text[i]) && i + 1 < text.Length && CharFolding.Letter(text[i + 1]) != '\0' && i > start)))
                {
                    i++;
                }

                raw.Add((start, i, '\0'));
                continue;
            }

            char mark = c switch
            {
                ',' or ';' or ':' or '?' or '!' or '.' => c,
                _ when CharFolding.IsDoubleQuote(c) => '"',
                _ => '\0',
            };
            if (mark != '\0')
            {
                raw.Add((i, i + 1, mark));
            }

            i++;
        }
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (CharFolding.Letter(c) != '\0' || char.IsAsciiDigit(c))
        {
            return true;
        }

        // A leet or masking symbol counts when a letter or digit follows it and one precedes it, or when it
        // starts a word of letters ("$hit", "@ss").
        if (CharFolding.Leet(c) == '\0' && !CharFolding.IsMask(c))
        {
            return false;
        }

        bool after = i + 1 < text.Length && (CharFolding.Letter(text[i + 1]) != '\0' || char.IsAsciiDigit(text[i + 1]));
        bool before = i > 0 && (CharFolding.Letter(text[i - 1]) != '\0' || char.IsAsciiDigit(text[i - 1]));
        return after && (before || (CharFolding.Leet(c) != '\0' && i + 1 < text.Length && CharFolding.Letter(text[i + 1]) != '\0'));
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => CharFolding.Letter(c) is var letter and not '\0' ? letter : CharFolding.Leet(c);

    private static int SpacedRunLength(ReadOnlySpan<char> text, List<(int Start, int End, char Punctuation)> raw, int i)
    {
        int run = 0;
        while (i + run < raw.Count
            && raw[i + run] is { Punctuation: '\0' } token
            && token.End - token.Start == 1
            && Fold(text[token.Start]) != '\0'
            && (run == 0 || token.Start == raw[i + run - 1].End + 1))
        {
            run++;
        }

        return run;
    }

    private void Normalise(ReadOnlySpan<char> word, int start, List<SafetyToken> tokens)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe < 0)
        {
            apostrophe = word.IndexOfAny('‘', 'ʼ');
        }

        string folded = FoldWord(apostrophe < 0 ? word : word[..apostrophe]);
        if (apostrophe < 0)
        {
            if (folded == "cannot")
            {
                tokens.Add(new SafetyToken(start, word.Length, "can", lexicon.ClassesOf("can")));
                tokens.Add(new SafetyToken(start, word.Length, "not", lexicon.ClassesOf("not")));
                return;
            }

            AddWord(folded, start, word.Length, tokens);
            return;
        }

        (string first, string? second) = Contractions.Expand(folded, FoldWord(word[(apostrophe + 1)..]));
        AddWord(first, start, word.Length, tokens);
        if (second is not null)
        {
            tokens.Add(new SafetyToken(start, word.Length, second, lexicon.ClassesOf(second)));
        }
    }

    /// <summary>Lower case, accents and look-alikes folded; leet and masked letters resolved against the lexicon.</summary>
    private string FoldWord(ReadOnlySpan<char> word)
    {
        bool hasLetter = false;
        bool obfuscated = false;
        foreach (char c in word)
        {
            if (CharFolding.Letter(c) != '\0')
            {
                hasLetter = true;
            }
            else
            {
                obfuscated = true;
            }
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        if (!obfuscated || !hasLetter)
        {
            for (int i = 0; i < word.Length; i++)
            {
                buffer[i] = CharFolding.Letter(word[i]) is var l and not '\0' ? l : word[i];
            }

            return new string(buffer);
        }

        int mask = -1;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char letter = CharFolding.Letter(c);
            if (letter == '\0')
            {
                letter = CharFolding.IsMask(c) ? '*' : CharFolding.Leet(c);
                if (letter == '*')
                {
                    mask = i;
                }
            }

            buffer[i] = letter == '\0' ? c : letter;
        }

        string decoded = new(buffer);
        if (mask >= 0)
        {
            foreach (char vowel in Vowels)
            {
                buffer[mask] = vowel;
                if (lexicon.IsKnown(buffer))
                {
                    return new string(buffer);
                }
            }

            return decoded;
        }

        if (!lexicon.IsKnown(decoded) && decoded.Contains('i', StringComparison.Ordinal))
        {
            // "1" stands for "l" as often as for "i" ("ki11").
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] == '1')
                {
                    buffer[i] = 'l';
                }
            }

            if (lexicon.IsKnown(buffer))
            {
                return new string(buffer);
            }
        }

        return decoded;
    }

    private void AddWord(string word, int start, int length, List<SafetyToken> tokens)
    {
        WordClass classes = lexicon.ClassesOf(word) | Pronouns.Of(word);
        if (classes != WordClass.None || lexicon.IsKnown(word) || word.Length < 4 || !IsLetters(word))
        {
            tokens.Add(new SafetyToken(start, length, word, classes));
            return;
        }

        string? squeezed = Squeeze(word);
        if (squeezed is not null)
        {
            tokens.Add(new SafetyToken(start, length, squeezed, lexicon.ClassesOf(squeezed)));
            return;
        }

        if (lexicon.Correct(word) is { } corrected)
        {
            tokens.Add(new SafetyToken(start, length, corrected, lexicon.ClassesOf(corrected)));
            return;
        }

        if (word.Length <= MaxGluedLength && Unglue(word) is { } split)
        {
            int cut = Math.Min(length, split);
            AddWord(word[..split], start, cut, tokens);
            AddWord(word[split..], start + cut, length - cut, tokens);
            return;
        }

        tokens.Add(new SafetyToken(start, length, word, WordClass.None));
    }

    /// <summary>"kiiiill" -> "kill", "sooo" -> "so": runs of three or more letters shortened to two, then to one.</summary>
    private string? Squeeze(string word)
    {
        bool stretched = false;
        for (int i = 2; i < word.Length && !stretched; i++)
        {
            stretched = word[i] == word[i - 1] && word[i] == word[i - 2];
        }

        if (!stretched)
        {
            return null;
        }

        foreach (int keep in (ReadOnlySpan<int>)[2, 1])
        {
            var squeezed = new System.Text.StringBuilder(word.Length);
            int run = 0;
            for (int i = 0; i < word.Length; i++)
            {
                run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
                if (run <= keep)
                {
                    squeezed.Append(word[i]);
                }
            }

            string candidate = squeezed.ToString();
            if (lexicon.IsKnown(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Where a word that is really two glued words splits: both halves known, one a listed word of four letters or more.</summary>
    private int? Unglue(string word)
    {
        int? best = null;
        int bestLength = 0;
        for (int cut = 1; cut < word.Length; cut++)
        {
            ReadOnlySpan<char> left = word.AsSpan(0, cut);
            ReadOnlySpan<char> right = word.AsSpan(cut);

            // Only a listed half of four letters or more can make the cut, so that cheap test goes first
            // and the three-table IsKnown runs only where it can: most words fail at every cut.
            int listed = Math.Max(
                left.Length >= MinimumListedHalf && lexicon.ClassesOf(left) != WordClass.None ? left.Length : 0,
                right.Length >= MinimumListedHalf && lexicon.ClassesOf(right) != WordClass.None ? right.Length : 0);
            if (listed >= MinimumListedHalf && listed > bestLength && lexicon.IsKnown(left) && lexicon.IsKnown(right))
            {
                best = cut;
                bestLength = listed;
            }
        }

        return best;
    }

    private static bool IsLetters(string word)
    {
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gives every token of a listed phrase ("get rid of", "can not stand") the phrase's classes.</summary>
    private void MarkPhrases(List<SafetyToken> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            foreach (LexiconPhrase phrase in lexicon.PhrasesStartingWith(tokens[i].Text))
            {
                if (!Matches(tokens, i + 1, phrase.Rest))
                {
                    continue;
                }

                for (int k = 0; k <= phrase.Rest.Length; k++)
                {
                    SafetyToken token = tokens[i + k];
                    token.Classes |= phrase.Classes;
                    tokens[i + k] = token;
                }
            }
        }
    }

    private static bool Matches(List<SafetyToken> tokens, int from, string[] rest)
    {
        if (from + rest.Length > tokens.Count)
        {
            return false;
        }

        for (int k = 0; k < rest.Length; k++)
        {
            if (!string.Equals(tokens[from + k].Text, rest[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
