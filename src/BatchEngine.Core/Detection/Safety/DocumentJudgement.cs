namespace BatchEngine.Detection.Safety;

/// <summary>
/// Turns sentence scores into the document's evidence. A short text that is mostly a threat is unsafe; one
/// violent sentence in a 40-page report is not. A document of c characters needs harmful sentences whose scores
/// add up to <see cref="SentenceThreshold"/> x (1 + c / <see cref="CharactersPerWitness"/>): a text of a few
/// thousand characters needs one strong sentence, a 100,000-character report some twenty. Each sentence's
/// confidence is its score times the share of that need the document meets (at most 1).
/// </summary>
internal static class DocumentJudgement
{
    /// <summary>A sentence scoring less than this is no evidence at all.</summary>
    public const double SentenceThreshold = 0.5;

    /// <summary>Characters of text that one harmful sentence can speak for.</summary>
    public const double CharactersPerWitness = 4000;

    /// <summary>Signals weaker than this are dropped (they would say nothing, even as a hint).</summary>
    public const double ReportedFloor = 0.2;

    /// <summary>At most this many sentences of one kind are cited.</summary>
    public const int MaxCitedPerCategory = 3;

    public static IEnumerable<(SentenceAssessment Sentence, double Confidence)> Judge(IReadOnlyList<SentenceAssessment> sentences, long characters)
    {
        var harmful = sentences.Where(s => s.Score >= SentenceThreshold).ToList();
        if (harmful.Count == 0)
        {
            yield break;
        }

        double evidence = harmful.Sum(s => s.Score);
        double support = Math.Min(1, evidence / (SentenceThreshold * (1 + (characters / CharactersPerWitness))));
        foreach (var group in harmful.GroupBy(s => s.Category))
        {
            foreach (SentenceAssessment sentence in group.OrderByDescending(s => s.Score).Take(MaxCitedPerCategory))
            {
                double confidence = Math.Min(0.99, sentence.Score * support);
                if (confidence >= ReportedFloor)
                {
                    yield return (sentence, confidence);
                }
            }
        }
    }
}
