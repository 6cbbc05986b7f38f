using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Requests for, or pieces of, instructions to make or use a weapon ("give detailed instructions on how to make
/// a bomb", "a recipe for a homemade explosive device"), or to hurt people ("explain how to poison a person's
/// food without leaving any trace"), and requests to promote violence ("a video that promotes gun violence").
/// A bath bomb, a fork bomb and a weapon in a game are not weapons; reporting, history and safety texts that
/// name weapons are not instructions.
/// </summary>
internal static class WeaponsRule
{
    public const double WeaponsConfidence = 0.85;
    public const double HarmConfidence = 0.8;
    public const double PromotionConfidence = 0.7;

    public static RuleHit? Match(SentenceView view)
    {
        bool instruction = view.AnyInSentence(WordClass.Instruction) || IsRequest(view);
        if (!instruction || view.AnyInSentence(Cues.Reporting))
        {
            return null;
        }

        bool make = view.AnyInSentence(WordClass.Make);
        for (int i = 0; i < view.Count; i++)
        {
            if (view.IsNegated(i) || view.IsQuoted(i) && view.HasCounterCue)
            {
                continue;
            }

            if (view.Is(i, WordClass.Weapon) && make && IsRealWeapon(view, i))
            {
                return new RuleHit(SafetyCategory.Weapons, WeaponsConfidence, "rule:weapon-instructions");
            }

            if (view.Is(i, WordClass.HarmfulAct) && HasVictim(view, i))
            {
                return new RuleHit(SafetyCategory.Violence, HarmConfidence, "rule:harm-instructions");
            }

            if (view.Is(i, WordClass.Support) && view.Is(i + 1, WordClass.Violence | WordClass.HarmfulAct | WordClass.Weapon))
            {
                return new RuleHit(SafetyCategory.Violence, PromotionConfidence, "rule:violence-promotion");
            }
        }

        return null;
    }

    /// <summary>An imperative request: the sentence opens with "give", "write", "explain", "create" and the like.</summary>
    private static bool IsRequest(SentenceView view)
    {
        int first = 0;
        while (first < view.Count && !view[first].IsWord)
        {
            first++;
        }

        return view.Text(first) is "give" or "provide" or "write" or "create" or "explain" or "describe" or "demonstrate" or "outline"
            or "instruct" or "teach" or "show" or "tell" or "generate" or "develop" or "design" or "produce" or "list" or "detail"
            or "draft" or "compose";
    }

    private static bool IsRealWeapon(SentenceView view, int i)
    {
        string word = view.Text(i);
        if (word is "bomb" or "bombs" && Cues.HarmlessBomb.Contains(view.Text(i - 1)))
        {
            return false;
        }

        if (view.AnyInSentence(WordClass.Figurative) && view.Text(i) is "weapon" or "weapons" or "gun" or "guns")
        {
            return false;
        }

        return !Cues.OrdinaryWeapons.Contains(word) || view.AnyInSentence(Cues.Illegality);
    }

    /// <summary>A harmful act with someone to suffer it ("poison a person's food", "assault someone", "a water supply").</summary>
    private static bool HasVictim(SentenceView view, int i)
    {
        for (int k = i + 1; k < view.Count && k <= i + 6; k++)
        {
            if (view.IsHuman(k) || view.Text(k) is "food" or "water" or "supply" or "crowd" or "crowded" or "others" or "individual"
                || view.Is(k, WordClass.HarmfulAct) && view.Text(k) is "without")
            {
                return true;
            }
        }

        return view.Text(i) is "assassinate" or "assassination" or "kidnap" or "abduct" or "mass" or "massacre" or "terrorist" or "terror";
    }
}
