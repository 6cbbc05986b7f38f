using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Threats and calls for violence: serious violence against a person or a group, framed as the writer's plan
/// or wish ("I'm going to shoot you", "I hope we nuke you"), a norm ("they need to be shot", "deserve to
/// die"), an order ("kill them before they kill you", "death to ..."). Violence needs a human target: "kill
/// the process", "shoot a photo", "hang the pictures" are not threats. Past events, denied violence and
/// reported threats are not the writer's threat.
/// </summary>
internal static class ThreatRule
{
    public const double ThreatConfidence = 0.85;

    private const int ObjectReach = 6;
    private const int SubjectReach = 8;

    public static RuleHit? Match(SentenceView view, out bool againstGroup)
    {
        againstGroup = false;
        RuleHit? best = null;
        for (int v = 0; v < view.Count; v++)
        {
            if (!IsViolent(view, v) || view.IsNegated(v) || (IsViolent(view, v - 1) && view.SameClause(v - 1, v)))
            {
                continue;
            }

            int target = TargetAfter(view, v);
            bool framed = target >= 0 && (IsFramed(view, v) || IsImperative(view, v) || IsDeathTo(view, v) || IsLegalised(view, v));
            if (!framed)
            {
                target = TargetBefore(view, v);
                framed = target >= 0 && (IsFramed(view, v) || IsLegalised(view, v));
            }

            if (!framed || IsHyperbole(view) || IsDisowned(view, v) || view.Is(target, WordClass.Speaker)
                || (Cues.WeakViolence.Contains(view.Text(v)) && !IsWritersAct(view, v)))
            {
                continue;
            }

            againstGroup |= view.IsGroup(target);
            best = new RuleHit(SafetyCategory.Threat, ThreatConfidence, view.IsGroup(target) ? "rule:threat-group" : "rule:threat");
        }

        return best ?? ArmedThreat(view);
    }

    /// <summary>
    /// Counter-speech, reported speech or denial, as for hate; but the writer's own first-person plan ("I'm going to
    /// kill you") is not disowned by a counter word in another clause ("if you report me") or by being a message
    /// to pass on ("Tell Mark I'm going to kill you"). Quoted, it is someone else's words.
    /// </summary>
    private static bool IsDisowned(SentenceView view, int v) =>
        HateRule.IsCondemned(view, v) && (view.IsQuoted(v) || !IsFirstPersonPlan(view, v));

    /// <summary>"I", "we" before the verb in its clause with a modal between them ("I'm going to", "we will").</summary>
    private static bool IsFirstPersonPlan(SentenceView view, int v)
    {
        int first = view.ClauseRange(v).First;
        for (int k = first; k < v; k++)
        {
            if (view.Text(k) is "i" or "we" && !view.IsNegated(v))
            {
                for (int m = k + 1; m < v; m++)
                {
                    if (view.Is(m, WordClass.Modal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The writer bringing a weapon to a place where people are, or promising retribution with it: "Tomorrow I'm
    /// bringing my rifle to the office and everyone will pay", "I'll take a gun to school".
    /// </summary>
    private static RuleHit? ArmedThreat(SentenceView view)
    {
        if (IsHyperbole(view) || view.AnyInSentence(Cues.Reporting) || view.HasCounterCue)
        {
            return null;
        }

        for (int w = 0; w < view.Count; w++)
        {
            if (!view.Is(w, WordClass.Weapon) || view.IsQuoted(w) || !IsWriterCarrying(view, w))
            {
                continue;
            }

            for (int k = w + 1; k < view.Count && k <= w + 12; k++)
            {
                if (Cues.Gatherings.Contains(view.Text(k)) || (view.Text(k) is "pay" or "regret" or "sorry" && view.Is(k - 1, WordClass.Modal)))
                {
                    return new RuleHit(SafetyCategory.Threat, ThreatConfidence, "rule:threat-armed");
                }
            }
        }

        return null;
    }

    /// <summary>"I'm bringing my rifle", "we will take guns": the writer carries the weapon, not denied, not in the past.</summary>
    private static bool IsWriterCarrying(SentenceView view, int w)
    {
        for (int k = w - 1; k >= 0 && k >= w - 4; k--)
        {
            if (view.Text(k) is "bring" or "bringing" or "take" or "taking" or "carry" or "carrying" && !view.IsNegated(k))
            {
                for (int s = k - 1; s >= 0 && s >= k - 4; s--)
                {
                    if (view.Text(s) is "i" or "we")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The person the violence is done to, after the verb: the first human word before any object word.</summary>
    private static int TargetAfter(SentenceView view, int v)
    {
        for (int k = v + 1; k < view.Count && k <= v + ObjectReach && view.SameClause(k, v); k++)
        {
            if (view.Is(k, WordClass.Figurative) && !view.IsHuman(k))
            {
                return -1;
            }

            if (view.IsHuman(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The subject of a passive or normative frame ("women should all be killed", "they need to be shot").</summary>
    private static int TargetBefore(SentenceView view, int v)
    {
        for (int k = v - 1; k >= 0 && k >= v - SubjectReach && view.SameClause(k, v); k--)
        {
            if (view.Is(k, WordClass.Figurative) && !view.IsHuman(k))
            {
                return -1;
            }

            if (view.IsHuman(k) && !view.Is(k, WordClass.Speaker))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// A modal, wish or plan before the verb in its clause ("will", "going to", "hope", "should", "deserve", "the
    /// sooner"), not denied between it and the verb ("should not allow ... to be raped"); or a proposal anywhere in
    /// the clause ("the only solution", "in everybody's interest", "what if we", "how about we").
    /// </summary>
    private static bool IsFramed(SentenceView view, int v)
    {
        (int first, int last) = view.ClauseRange(v);
        for (int k = first; k <= last; k++)
        {
            if (view.Text(k) is "solution" or "interest" or "best" || (view.Text(k) is "if" && view.Text(k - 1) is "what")
                || (view.Text(k) is "about" && view.Text(k - 1) is "how") || (view.Text(k) is "not" && view.Text(k - 1) is "why")
                || (view.Text(k) is "not" && view.Text(k - 1) is "do" && view.Text(k - 2) is "why"))
            {
                return true;
            }
        }

        bool denied = false;
        for (int k = v - 1; k >= first; k--)
        {
            denied |= view.Is(k, WordClass.Negator) && view.Text(k) is not "no";
            if (!denied && !view.IsNegated(k) && (view.Is(k, WordClass.Modal) || view.Text(k) is "sooner" or "let" or "lets"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Raping ... should not be illegal", "Murdering ... should be decriminalised": violence proposed as lawful.</summary>
    private static bool IsLegalised(SentenceView view, int v)
    {
        if (!view.Text(v).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        (_, int last) = view.ClauseRange(v);
        for (int k = v + 1; k <= last; k++)
        {
            if (view.Text(k) is "legal" or "decriminalised" or "decriminalized" or "legalised" or "legalized" or "allowed" or "encouraged"
                || (view.Text(k) is "illegal" && view.IsNegated(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A violent word, or a verb made violent by the body part it is done to ("cut their throats", "snap that neck").</summary>
    private static bool IsViolent(SentenceView view, int v)
    {
        if (view.Is(v, WordClass.Violence))
        {
            return true;
        }

        if (view.Text(v) is not ("cut" or "slit" or "snap" or "slash" or "break" or "crush" or "smash" or "bash" or "cave"))
        {
            return false;
        }

        for (int k = v + 1; k < view.Count && k <= v + 5; k++)
        {
            if (view.Text(k) is "throat" or "throats" or "neck" or "necks" or "skull" or "skulls" or "head" or "heads" or "face" or "faces" or "spine" or "spines")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The writer acts or wishes ("I will", "we are going to", "I would love to see"), or the violence is death
    /// wished on someone ("deserve to die", "should all die", "death to").
    /// </summary>
    private static bool IsWritersAct(SentenceView view, int v)
    {
        if (view.Text(v) is "die" or "dead" or "death" && (view.Text(v - 1) is "to" or "all" or "be" || view.Text(v + 1) is "to"))
        {
            return view.Text(v - 2) is "deserve" or "deserves" or "should" or "must" or "need" or "needs" or "ought" || view.Text(v - 1) is "all"
                || view.Text(v + 1) is "to" || IsDeathForetold(view, v);
        }

        int first = view.ClauseRange(v).First;
        for (int k = first; k < v; k++)
        {
            if (view.Text(k) is "i" or "we")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"You're going to die", "you will die for this": death promised to the reader.</summary>
    private static bool IsDeathForetold(SentenceView view, int v)
    {
        int first = view.ClauseRange(v).First;
        bool modal = view.Text(v - 1) is "to" && view.Text(v - 2) is "going" || view.Text(v - 1) is "will" or "gonna";
        for (int k = first; modal && k < v; k++)
        {
            if (view.Text(k) == "you")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An order: the verb opens its clause ("Kill them all.", "Expel all ...", "Euthanize them.").</summary>
    private static bool IsImperative(SentenceView view, int v)
    {
        int first = view.ClauseRange(v).First;
        while (first < v && (!view[first].IsWord || view.Text(first) is "just" or "so" or "then" or "now" or "and" or "please" or "simply"))
        {
            first++;
        }

        // "Rise up and kill ...", "go and shoot ...": an order whose first verb only leads to the violent one.
        if (first < v && view.Text(v - 1) == "and" && !view.IsHuman(first) && !view.Is(first, WordClass.Speaker) && IsBareVerb(view.Text(first))
            && (v - first == 2 || (v - first == 3 && view.Text(first + 1) is "up" or "out" or "together" or "now" or "there")))
        {
            first = v;
        }

        return first == v && IsBareVerb(view.Text(v));
    }

    private static bool IsBareVerb(string word) =>
        !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsDeathTo(SentenceView view, int v) => view.Text(v) == "death" && view.Text(v + 1) == "to";

    private static bool IsHyperbole(SentenceView view) => view.AnyInSentence(Cues.Hyperbole);
}
