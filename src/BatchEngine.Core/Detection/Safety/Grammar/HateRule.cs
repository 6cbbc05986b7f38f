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
            if (hit is null || !HasGroupInClause(view, i) || IsCondemned(view, i))
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

        if (view.IsGroup(i))
        {
            return null;
        }

        if (token.Is(WordClass.Positive))
        {
            return view.IsNegated(i) && !token.Is(WordClass.Negative | WordClass.Hate)
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

    /// <summary>A slur as an insult: not in its ordinary sense, and (for slurs a group has reclaimed) with hostility beside it.</summary>
    private static bool IsHostileSlur(SentenceView view, int i)
    {
        SafetyToken token = view[i];
        if (token.Is(WordClass.SlurHomonym) && view.AnyInSentence(Cues.HomonymContext))
        {
            return false;
        }

        if (!token.Is(WordClass.SlurReclaimable))
        {
            return true;
        }

        // "my nigga", "proud to be a dyke", "all my fags at Pride": in-group use, unless an attack stands beside it.
        for (int k = 0; k < view.Count; k++)
        {
            if (k != i && view.SameClause(k, i) && !view.IsNegated(k) && view.Is(k, WordClass.Negative | WordClass.Dehumanising | WordClass.Hate | WordClass.Violence)
                && !view.Is(k, WordClass.Positive))
            {
                return true;
            }
        }

        return false;
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

    private static bool HasGroupInClause(SentenceView view, int i)
    {
        (int first, int last) = view.ClauseRange(i);
        for (int k = first; k <= last; k++)
        {
            if (view.IsGroup(k) && (k != i || view.Is(k, WordClass.Slur)))
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
