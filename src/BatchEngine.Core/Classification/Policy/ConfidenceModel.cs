namespace BatchEngine.Classification.Policy;

/// <summary>
/// How sure the classifier is, from the evidence.
/// <list type="bullet">
/// <item>A category with evidence: the pieces that vote for it combine as independent witnesses,
/// 1 - (1 - c1)(1 - c2)..., capped at 0.99. One confidentiality marking at 0.8 gives 0.8; two give 0.96.</item>
/// <item>Public (no evidence): 0.6 + 0.35 x min(1, characters of text / 1000), so a document with little text
/// is a weaker "Public"; then scaled by (1 - 0.5 x h), h the strongest hint that stayed under the evidence
/// threshold (a weak hint lowers the certainty that nothing is there).</item>
/// </list>
/// </summary>
internal static class ConfidenceModel
{
    private const double Cap = 0.99;
    private const double PublicFloor = 0.6;
    private const double PublicTextWeight = 0.35;
    private const double FullTextCharacters = 1000;
    private const double WeakHintWeight = 0.5;

    public static double Combine(IEnumerable<double> confidences)
    {
        double allWrong = 1;
        foreach (double c in confidences)
        {
            allWrong *= 1 - Math.Clamp(c, 0, 1);
        }

        return Round(Math.Min(Cap, 1 - allWrong));
    }

    public static double Public(long textCharacters, double strongestWeakHint)
    {
        double amount = Math.Min(1, textCharacters / FullTextCharacters);
        double confidence = (PublicFloor + (PublicTextWeight * amount)) * (1 - (WeakHintWeight * Math.Clamp(strongestWeakHint, 0, 1)));
        return Round(confidence);
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
