using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Text;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// A tokenized sentence with what every construction asks of it: clauses, quoted stretches, negation,
/// which tokens name a protected group (directly, as "black people", as a slur, or as "they" after a group
/// was named), which name any person, and the cues of counter-speech.
/// </summary>
internal sealed class SentenceView
{
    /// <summary>A negator this many tokens before a word (or after its copula) negates it.</summary>
    private const int NegationReach = 3;

    private readonly bool[] _group;
    private readonly bool[] _human;
    private readonly bool[] _quoted;
    private readonly bool[] _negated;
    private readonly int[] _clause;

    public SentenceView(List<SafetyToken> tokens, bool groupInContext)
    {
        Tokens = tokens;
        int n = tokens.Count;
        _group = new bool[n];
        _human = new bool[n];
        _quoted = new bool[n];
        _negated = new bool[n];
        _clause = new int[n];
        MarkClausesAndQuotes();
        MarkTargets(groupInContext);
        MarkNegation();
        HasCounterCue = FindCounterCue();
    }

    public List<SafetyToken> Tokens { get; }

    public int Count => Tokens.Count;

    /// <summary>A protected group is named somewhere in the sentence.</summary>
    public bool NamesGroup => _group.Contains(true);

    /// <summary>The writer condemns what the sentence reports or quotes ("statements like ... are hurtful", "stop calling").</summary>
    public bool HasCounterCue { get; }

    /// <summary>The sentence quotes a stretch and says something around it.</summary>
    public bool QuotesSomething { get; private set; }

    public SafetyToken this[int index] => Tokens[index];

    public bool Is(int index, WordClass classes) => index >= 0 && index < Count && Tokens[index].Is(classes);

    public string Text(int index) => index >= 0 && index < Count ? Tokens[index].Text : string.Empty;

    public bool IsGroup(int index) => _group[index];

    public bool IsHuman(int index) => _human[index];

    public bool IsQuoted(int index) => _quoted[index];

    public bool IsNegated(int index) => _negated[index];

    public int ClauseOf(int index) => _clause[index];

    public bool SameClause(int a, int b) => _clause[a] == _clause[b];

    /// <summary>The first and last token index of the clause holding <paramref name="index"/>.</summary>
    public (int First, int Last) ClauseRange(int index)
    {
        int first = index;
        int last = index;
        while (first > 0 && _clause[first - 1] == _clause[index])
        {
            first--;
        }

        while (last + 1 < Count && _clause[last + 1] == _clause[index])
        {
            last++;
        }

        return (first, last);
    }

    public bool AnyInSentence(WordClass classes)
    {
        foreach (SafetyToken token in Tokens)
        {
            if (token.Is(classes))
            {
                return true;
            }
        }

        return false;
    }

    public bool AnyInSentence(IReadOnlySet<string> words)
    {
        foreach (SafetyToken token in Tokens)
        {
            if (words.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private void MarkClausesAndQuotes()
    {
        int clause = 0;
        bool inQuote = false;
        int quoteStart = -1;
        for (int i = 0; i < Count; i++)
        {
            SafetyToken token = Tokens[i];
            if (token.Is(WordClass.Quote))
            {
                if (inQuote)
                {
                    // A quoted stretch counts as quoted speech only when the sentence says something around it
                    // (a JSON string or a quoted sentence on its own is just text).
                    bool outside = quoteStart > 1 || i < Count - 2;
                    for (int k = quoteStart + 1; k < i; k++)
                    {
                        _quoted[k] = outside;
                    }

                    QuotesSomething |= outside && i - quoteStart > 1;
                }
                else
                {
                    quoteStart = i;
                }

                inQuote = !inQuote;
            }

            bool boundary = token.Punctuation is ',' or ';' or ':' or '?' or '!' or '.'
                || (token.IsWord && token.Text is "because" or "while" or "whereas" or "although" or "though" or "unless")
                || (token.IsWord && token.Text is "but" && Text(i - 1) is not ("nothing" or "anything" or "all" or "none" or "everything"));
            if (boundary && !inQuote)
            {
                clause++;
            }

            _clause[i] = clause;
        }
    }

    private void MarkTargets(bool groupInContext)
    {
        bool groupSeen = groupInContext;
        bool homonymContext = AnyInSentence(Cues.HomonymContext);
        for (int i = 0; i < Count; i++)
        {
            SafetyToken token = Tokens[i];
            bool group = token.Is(WordClass.Group) || (token.Is(WordClass.Slur) && !(token.Is(WordClass.SlurHomonym) && homonymContext));
            if (token.Is(WordClass.GroupAdjective) && NextContent(i) is int head and >= 0
                && Tokens[head].Is(WordClass.Person | WordClass.Group | WordClass.Dehumanising | WordClass.Slur))
            {
                group = true;
                _group[head] = true;
            }

            // "they", "them" and "your kind" refer back to a group named before them.
            if (!group && groupSeen && token.Is(WordClass.ThirdPerson) && token.Text is "they" or "them" or "their" or "themselves")
            {
                group = true;
            }

            if (!group && groupSeen && token.Text == "kind" && Text(i - 1) is "your" or "their" or "that" or "this")
            {
                group = true;
            }

            _group[i] |= group;
            groupSeen |= group && !token.Is(WordClass.ThirdPerson);
            _human[i] = _group[i] || token.Is(WordClass.Person | WordClass.Human | WordClass.You | WordClass.ThirdPerson | WordClass.Slur);
        }
    }

    private int NextContent(int i)
    {
        for (int k = i + 1; k < Count && k <= i + 2; k++)
        {
            if (!Tokens[k].IsWord)
            {
                return -1;
            }

            if (!Tokens[k].Is(WordClass.GroupAdjective))
            {
                return k;
            }
        }

        return -1;
    }

    private void MarkNegation()
    {
        for (int i = 0; i < Count; i++)
        {
            if (!Tokens[i].Is(WordClass.Negator) || IsComparativeNegator(i))
            {
                continue;
            }

            // "No woman can ever be a valuable member": a negated subject denies the whole clause.
            int reach = Tokens[i].Text == "no" && Is(i + 1, WordClass.Group | WordClass.Person | WordClass.GroupAdjective) ? Count : NegationReach + 1;
            for (int k = i + 1; k < Count && k <= i + reach && _clause[k] == _clause[i]; k++)
            {
                // A negation stops where a new clause it does not govern begins ("is it not obvious that I hate ...").
                if (Tokens[k].Text is "that" or "how" or "what" or "why" or "when" or "whether" or "if" or "which" or "who")
                {
                    break;
                }

                _negated[k] = true;
            }
        }
    }

    /// <summary>"No one else is as filthy as", "nothing worse than": a negator that makes a superlative, not a denial.</summary>
    private bool IsComparativeNegator(int i) =>
        Text(i + 1) is "else" or "worse" or "more" or "better" or "doubt"
        || (Text(i + 1) is "a" && Text(i + 2) is "doubt")
        || (Tokens[i].Text == "no" && Text(i + 1) is "one" && Text(i + 2) is "else");

    private bool FindCounterCue()
    {
        for (int i = 0; i < Count; i++)
        {
            SafetyToken token = Tokens[i];
            if (!token.Is(WordClass.Counter) || _quoted[i])
            {
                continue;
            }

            if (token.Text == "stop")
            {
                // "Stop calling them ...", "... has to stop" condemn; "stop the immigrants" does not.
                if (Is(i + 1, WordClass.Speech) || Text(i + 1).EndsWith("ing", StringComparison.Ordinal) || i == Count - 1 || !Tokens[i + 1].IsWord
                    || Text(i - 1) is "to" or "must" or "will" or "should" || Text(i + 1) is "right" or "now")
                {
                    return true;
                }

                continue;
            }

            if (token.Text is "respect" && !(Text(i - 1) is "all" && Text(i - 2) is "lost"))
            {
                continue;
            }

            return true;
        }

        return false;
    }
}
