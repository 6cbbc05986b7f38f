using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>
/// Graphic violence: a sentence dense in words of injury ("the bar would cut into the backs of my legs, turning
/// them into a swollen, bloody mess"). Clinical writing uses the same words about patients and is left alone.
/// </summary>
internal static class GraphicViolenceRule
{
    public const double GraphicConfidence = 0.7;

    /// <summary>Distinct injury words a sentence needs alone, or with a violent act.</summary>
    private const int GoreWords = 3;
    private const int GoreWordsWithViolence = 2;

    public static RuleHit? Match(SentenceView view)
    {
        if (view.AnyInSentence(Cues.Clinical) || view.AnyInSentence(Cues.Reporting))
        {
            return null;
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        bool violence = false;
        for (int i = 0; i < view.Count; i++)
        {
            if (view.Is(i, WordClass.Gore) && !view.IsNegated(i))
            {
                distinct.Add(view.Text(i));
            }

            violence |= view.Is(i, WordClass.Violence) && !view.Is(i, WordClass.Gore);
        }

        return distinct.Count >= GoreWords || (violence && distinct.Count >= GoreWordsWithViolence)
            ? new RuleHit(SafetyCategory.Violence, GraphicConfidence, "rule:graphic")
            : null;
    }
}
