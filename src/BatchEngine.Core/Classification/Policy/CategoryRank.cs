namespace BatchEngine.Classification.Policy;

/// <summary>The severity order: Public &lt; Confidential &lt; Highly Sensitive &lt; Unsafe (the safety flag wins).</summary>
internal static class CategoryRank
{
    public static int Of(SensitivityCategory? category) => category switch
    {
        SensitivityCategory.Unsafe => 4,
        SensitivityCategory.HighlySensitive => 3,
        SensitivityCategory.Confidential => 2,
        SensitivityCategory.Public => 1,
        _ => 0,
    };
}
