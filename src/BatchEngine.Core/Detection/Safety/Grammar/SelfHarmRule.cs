using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Self-harm: the writer's intent or urge ("I want to kill myself", "that urge to self harm"), a request or
/// instructions for a method ("best way to kill yourself", "how many pills"), or someone urged to do it ("go
/// kill yourself", "kys"). Help-seeking, prevention and research about suicide are not self-harm content.
/// </summary>
internal static class SelfHarmRule
{
    public const double IncitementConfidence = 0.85;
    public const double IntentConfidence = 0.8;
    public const double AccountConfidence = 0.65;

    private const int AccountReach = 3;

    public static RuleHit? Match(SentenceView view)
    {
        if (!view.AnyInSentence(WordClass.SelfHarm) || view.AnyInSentence(Cues.Prevention) || view.AnyInSentence(Cues.Hyperbole))
        {
            return null;
        }

        bool toYou = false;
        bool instruction = view.AnyInSentence(WordClass.Instruction);
        bool speaker = view.AnyInSentence(WordClass.Speaker | WordClass.Self);
        bool intent = false;
        for (int i = 0; i < view.Count; i++)
        {
            if (!view.Is(i, WordClass.SelfHarm) || view.IsNegated(i) || view.IsQuoted(i) || (IsAmbiguous(view, i) && !IsFirstPersonNear(view, i)))
            {
                continue;
            }

            toYou |= view.Is(i, WordClass.SecondSelf) || view.Text(i) is "kys" || (view.Is(i, WordClass.You) && view.Text(i - 1) is "go" or "should");
            intent |= HasModalBefore(view, i);
        }

        if (toYou && !instruction)
        {
            return new RuleHit(SafetyCategory.SelfHarm, IncitementConfidence, "rule:self-harm-incitement");
        }

        if (instruction)
        {
            return new RuleHit(SafetyCategory.SelfHarm, IntentConfidence, "rule:self-harm-method");
        }

        if (speaker && intent)
        {
            return new RuleHit(SafetyCategory.SelfHarm, IntentConfidence, "rule:self-harm-intent");
        }

        return speaker && IsFirstPersonAccount(view) ? new RuleHit(SafetyCategory.SelfHarm, AccountConfidence, "rule:self-harm-account") : null;
    }

    /// <summary>
    /// The writer's own self-harm: a self-harm phrase ("that urge to self harm", "cut myself") in a sentence of
    /// theirs, or a word as general as "suicide" within a few words of "I", "me" or "myself".
    /// </summary>
    private static bool IsFirstPersonAccount(SentenceView view)
    {
        for (int i = 0; i < view.Count; i++)
        {
            if (!view.Is(i, WordClass.SelfHarm) || view.IsNegated(i))
            {
                continue;
            }

            bool general = view.Text(i) is "suicide" or "suicidal" or "overdose" or "pills" or "dose" or "lethal" or "die" or "dead" || IsAmbiguous(view, i);
            if (!general || IsFirstPersonNear(view, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Cutting" alone is as often costs, staff or paper as skin: it counts only beside the writer.</summary>
    private static bool IsAmbiguous(SentenceView view, int i) => view.Text(i) is "cutting";

    /// <summary>"I", "my" or a reflexive ("myself") within a few words.</summary>
    private static bool IsFirstPersonNear(SentenceView view, int i)
    {
        for (int k = Math.Max(0, i - AccountReach); k < view.Count && k <= i + AccountReach; k++)
        {
            if (view.Is(k, WordClass.Self) || (view.Is(k, WordClass.Speaker) && view.Text(k) is "i" or "my"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModalBefore(SentenceView view, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (view.Is(k, WordClass.Modal) && !view.IsNegated(k))
            {
                return true;
            }
        }

        return false;
    }
}
