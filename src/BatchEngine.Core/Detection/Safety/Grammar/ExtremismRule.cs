using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Extremism: allegiance, praise or recruitment for a violent extremist group, figure or slogan ("join the
/// caliphate", "Tarrant was a hero", "sieg heil"). Reporting, history and counter-terrorism texts name them too.
/// </summary>
internal static class ExtremismRule
{
    public const double SupportConfidence = 0.8;

    public static RuleHit? Match(SentenceView view)
    {
        if (!view.AnyInSentence(WordClass.Extremist) || view.AnyInSentence(Cues.Reporting) || view.HasCounterCue)
        {
            return null;
        }

        for (int i = 0; i < view.Count; i++)
        {
            if (!view.Is(i, WordClass.Extremist) || view.IsQuoted(i))
            {
                continue;
            }

            if (IsSlogan(view, i))
            {
                return new RuleHit(SafetyCategory.Extremism, SupportConfidence, "rule:extremist-slogan");
            }

            for (int k = Math.Max(0, i - 4); k < view.Count && k <= i + 4; k++)
            {
                if (view.Is(k, WordClass.Support) && !view.IsNegated(k) && !view.Is(k, WordClass.Extremist))
                {
                    return new RuleHit(SafetyCategory.Extremism, SupportConfidence, "rule:extremist-support");
                }
            }
        }

        return null;
    }

    private static bool IsSlogan(SentenceView view, int i) =>
        view.Text(i) is "heil" or "1488" or "rahowa" || (view.Text(i) is "white" && view.Text(i + 1) is "power")
        || (view.Text(i) is "race" && view.Text(i + 1) is "war" && (view.Text(i + 2) is "now" || (view.Text(i + 2) is "is" && view.Text(i + 3) is "coming" or "here" or "inevitable")));
}
