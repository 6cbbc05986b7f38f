using BatchEngine.Detection.Safety.Grammar;
using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Detection.Safety.Model;

/// <summary>
/// The features the hate model reads from a sentence: every word in an abstract form (any protected group is
/// <c>&lt;G&gt;</c>, a slur <c>&lt;SLUR&gt;</c>, a derogatory word <c>&lt;NEG&gt;</c>, a denied compliment
/// <c>&lt;!POS&gt;</c>, ...) as unigrams, bigrams and trigrams, the literal words that are not group names, and
/// the constructions the grammar found. Abstract forms let what is learnt about one group carry to every other.
/// </summary>
internal static class SafetyFeatures
{
    public static void Extract(SentenceView view, IReadOnlyList<RuleHit> hits, List<int> features)
    {
        features.Add(FeatureHasher.Bucket("bias", string.Empty));
        string previous = "<S>";
        string beforePrevious = "<S>";
        for (int i = 0; i < view.Count; i++)
        {
            string form = Abstract(view, i);
            features.Add(FeatureHasher.Bucket("u", form));
            features.Add(FeatureHasher.Bucket("b", previous, form));
            features.Add(FeatureHasher.Bucket("t", beforePrevious, previous, form));
            if (!view.IsGroup(i) && view[i].IsWord && form[0] == '<')
            {
                features.Add(FeatureHasher.Bucket("w", view.Text(i)));
            }

            beforePrevious = previous;
            previous = form;
        }

        features.Add(FeatureHasher.Bucket("b", previous, "</S>"));
        foreach (RuleHit hit in hits)
        {
            features.Add(FeatureHasher.Bucket("r", hit.Feature));
        }

        if (view.NamesGroup)
        {
            features.Add(FeatureHasher.Bucket("s", "group"));
        }

        if (view.HasCounterCue)
        {
            features.Add(FeatureHasher.Bucket("s", "counter"));
        }

        if (view.QuotesSomething)
        {
            features.Add(FeatureHasher.Bucket("s", "quotes"));
        }
    }

    private static string Abstract(SentenceView view, int i)
    {
        var token = view[i];
        if (!token.IsWord)
        {
            return token.Text;
        }

        string negation = view.IsNegated(i) ? "!" : string.Empty;
        return token.Classes switch
        {
            _ when token.Is(WordClass.Slur) && !token.Is(WordClass.SlurHomonym | WordClass.SlurReclaimable) => "<SLUR>",
            _ when token.Is(WordClass.Slur) => "<SLUR?>",
            _ when view.IsGroup(i) => "<G>",
            _ when token.Is(WordClass.You) => "<YOU>",
            _ when token.Is(WordClass.Speaker) => "<I>",
            _ when token.Is(WordClass.ThirdPerson) => "<3P>",
            _ when token.Is(WordClass.Dehumanising) => "<" + negation + "DEH>",
            _ when token.Is(WordClass.Hate) => "<" + negation + "HATE>",
            _ when token.Is(WordClass.Negative) => "<" + negation + "NEG>",
            _ when token.Is(WordClass.Violence) => "<" + negation + "VIO>",
            _ when token.Is(WordClass.Positive) => "<" + negation + "POS>",
            _ when token.Is(WordClass.Profanity) => "<PROF>",
            _ when token.Is(WordClass.Counter) => "<CTR>",
            _ when token.Is(WordClass.Speech) => "<SAY>",
            _ when token.Is(WordClass.Person | WordClass.Human) => "<P>",
            _ when token.Is(WordClass.Negator) => "<NOT>",
            _ => token.Text,
        };
    }
}
