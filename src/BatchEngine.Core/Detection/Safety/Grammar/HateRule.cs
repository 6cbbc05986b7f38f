using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Text;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Hate: a clause that names a protected group (or refers back to one) and attacks it: a derogatory word, a
/// dehumanising noun, the writer's hatred, profanity aimed at it, a slur, or a compliment denied ("never
/// intelligent", "not our equal"). Not hate: the attack denied ("I don't hate ..."), quoted or reported in
/// order to condemn it, a slur in its ordinary sense or reclaimed by the group.
/// </summary>
internal static class HateRule
{
    public const double SlurConfidence = 0.8;
    public const double DehumanisingConfidence = 0.8;
    public const double HatredConfidence = 0.8;
    public const double DerogationConfidence = 0.7;

    /// <summary>How far from the group profanity must stand to be aimed at it ("you fucking women").</summary>
    private const int ProfanityReach = 3;

    public static RuleHit? Match(SentenceView view)
    {
        RuleHit? best = null;
        for (int i = 0; i < view.Count; i++)
        {
            if (!view[i].IsWord || view.IsNegated(i) && !view.Is(i, WordClass.Positive))
            {
                continue;
            }

            RuleHit? hit = Attack(view, i);
            if (hit is null || !HasGroupNear(view, i) || IsCondemned(view, i))
            {
                continue;
            }

            if (best is null || hit.Value.Confidence > best.Value.Confidence)
            {
                best = hit;
            }
        }

        return best;
    }

    private static RuleHit? Attack(SentenceView view, int i)
    {
        SafetyToken token = view[i];
        if (token.Is(WordClass.Slur) && !token.Is(WordClass.Group | WordClass.GroupAdjective) && IsHostileSlur(view, i))
        {
            return new RuleHit(SafetyCategory.Hate, SlurConfidence, "rule:slur");
        }

        // A group word is no attack on itself, unless it is the head of one ("female trash", "black vermin").
        if (view.IsGroup(i) && !token.Is(WordClass.Dehumanising | WordClass.Negative))
        {
            return null;
        }

        if (token.Is(WordClass.Positive))
        {
            // "not worth shit" denies worth; "not worth any less than anyone else's" does not.
            bool deniedLess = view.Text(i + 1) is "less" || (view.Text(i + 1) is "any" && view.Text(i + 2) is "less");
            return view.IsNegated(i) && !deniedLess
                ? new RuleHit(SafetyCategory.Hate, DerogationConfidence, "rule:denied-compliment")
                : null;
        }

        if (token.Is(WordClass.Hate))
        {
            return new RuleHit(SafetyCategory.Hate, HatredConfidence, "rule:hatred");
        }

        if (token.Is(WordClass.Dehumanising))
        {
            return new RuleHit(SafetyCategory.Hate, DehumanisingConfidence, "rule:dehumanising");
        }

        if (token.Is(WordClass.Negative))
        {
            return new RuleHit(SafetyCategory.Hate, DerogationConfidence, "rule:derogation");
        }

        if (token.Is(WordClass.Profanity) && (token.Is(WordClass.Human) || IsPhrase(view, i) || NearGroup(view, i)))
        {
            return new RuleHit(SafetyCategory.Hate, DerogationConfidence, "rule:profanity-at-group");
        }

        return null;
    }

    /// <summary>A slur as an insult: not in its ordinary sense, and not reclaimed by the group that uses it.</summary>
    private static bool IsHostileSlur(SentenceView view, int i)
    {
        SafetyToken token = view[i];
        if ((token.Is(WordClass.SlurHomonym) && view.AnyInSentence(Cues.HomonymContext)) || token.IsAcronym || IsVerbSense(view, i))
        {
            return false;
        }

        if (!token.Is(WordClass.SlurReclaimable))
        {
            return true;
        }

        bool attacked = false;
        for (int k = 0; k < view.Count; k++)
        {
            attacked |= k != i && view.SameClause(k, i) && !view.IsNegated(k) && !view.Is(k, WordClass.Positive)
                && view.Is(k, WordClass.Negative | WordClass.Dehumanising | WordClass.Hate | WordClass.Violence);
        }

        // "my nigga", "this nigga a genius", "proud to be a dyke", "queer studies": in-group use, unless an attack stands beside it.
        bool reclaimed = view.Text(i - 1) is "my" or "ma" or "this" or "that" or "fellow" or "proud" or "pretty" or "hot" or "hottest" or "bad" or "happily"
            || view.Text(i).StartsWith("nigga", StringComparison.Ordinal) || SpeakerIsIt(view, i)
            || view.AnyInSentence(WordClass.Positive) || (view.Text(i) is "queer" && view.Is(i + 1, WordClass.Person | WordClass.Group))
            || view.Text(i + 1) is "studies" or "theory" or "community" or "pride" or "march" or "rights" or "culture" or "history";
        return attacked || !reclaimed;
    }

    /// <summary>
    /// A slur that is also a verb, used as one: after a modal, "to" or an adverb, and before its object ("would
    /// effectively cripple our engine", "to retard the growth", "will trap the heat").
    /// </summary>
    private static bool IsVerbSense(SentenceView view, int i)
    {
        if (view.Text(i) is not ("cripple" or "cripples" or "retard" or "retards" or "trap" or "traps" or "spook" or "spooks" or "slant" or "slants"))
        {
            return false;
        }

        int before = view.Text(i - 1).EndsWith("ly", StringComparison.Ordinal) ? i - 2 : i - 1;
        bool verbPosition = view.Is(before, WordClass.Modal) || view.Text(before) is "to" or "can" or "could" or "would" or "may" or "might";
        return verbPosition && view.Text(i + 1) is "our" or "the" or "their" or "its" or "his" or "her" or "my" or "your" or "a" or "an"
            or "this" or "that" or "these" or "those" or "it" or "them" or "us" or "any" or "all" or "every";
    }

    /// <summary>"I'm a fag", "we are faggots", "call ourselves ...", "a bitch like me": the writer names themselves.</summary>
    private static bool SpeakerIsIt(SentenceView view, int i)
    {
        for (int k = Math.Max(0, i - 4); k < i; k++)
        {
            if (view.Text(k) is "i" or "we" or "ourselves" or "myself")
            {
                return true;
            }
        }

        return view.Text(i + 1) is "like" && view.Text(i + 2) is "me" or "us";
    }

    private static bool IsPhrase(SentenceView view, int i) =>
        (i + 1 < view.Count && view.Is(i + 1, WordClass.Profanity) && view[i + 1].Text != view[i].Text)
        || view.Text(i + 1) is "off" or "out" or "themselves" or "yourselves" or "up";

    private static bool NearGroup(SentenceView view, int i)
    {
        for (int k = Math.Max(0, i - ProfanityReach); k < view.Count && k <= i + ProfanityReach; k++)
        {
            if (view.IsGroup(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A group named in the attack's clause or the clause next to it ("I loathe people, especially if they are
    /// ...", "If you are a ..., then you are probably stupid"), on the same side of any quotation marks.
    /// </summary>
    private static bool HasGroupNear(SentenceView view, int i)
    {
        for (int k = 0; k < view.Count; k++)
        {
            if (view.IsGroup(k) && (k != i || view.Is(k, WordClass.Slur)) && Math.Abs(view.ClauseOf(k) - view.ClauseOf(i)) <= 1
                && view.IsQuoted(k) == view.IsQuoted(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counter-speech: the attack stands in quotes or reported speech the writer condemns, or the writer denies saying it.</summary>
    public static bool IsCondemned(SentenceView view, int i) =>
        (view.IsQuoted(i) && (view.HasCounterCue || view.AnyInSentence(WordClass.Speech)))
        || view.HasCounterCue
        || Speech.IsReported(view, i);
}
