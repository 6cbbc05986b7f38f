using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Grammar;

/// <summary>Whose words a construction is: the writer's own, or someone else's that the writer reports or disowns.</summary>
internal static class Speech
{
    private const int SubjectReach = 5;

    /// <summary>
    /// True when a reporting verb before <paramref name="index"/> has someone other than the writer as its subject
    /// ("you said women are ...", "saying that you hate ..."), or is the writer's own but denied ("I never said").
    /// </summary>
    public static bool IsReported(SentenceView view, int index)
    {
        for (int s = index - 1; s >= 0; s--)
        {
            if (!view.Is(s, WordClass.Speech) || view.IsQuoted(s))
            {
                continue;
            }

            if (view.IsNegated(s) || (view.Text(s).EndsWith("ing", StringComparison.Ordinal) && view.Text(s) is not ("thinking" or "believing")))
            {
                return true;
            }

            int subject = SubjectOf(view, s);
            if (subject >= 0 && !view.Is(subject, WordClass.Speaker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nearest pronoun or person before a verb, skipping adverbs and auxiliaries; -1 when there is none.</summary>
    public static int SubjectOf(SentenceView view, int verb)
    {
        for (int k = verb - 1; k >= 0 && k >= verb - SubjectReach; k--)
        {
            if (!view[k].IsWord)
            {
                return -1;
            }

            if (view.Is(k, WordClass.Speaker | WordClass.You | WordClass.ThirdPerson | WordClass.Person | WordClass.Human | WordClass.Group))
            {
                return k;
            }
        }

        return -1;
    }
}
