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

    /// <summary>The words the HTTP reference uses for the category.</summary>
    public static string Words(SensitivityCategory category) => category switch
    {
        SensitivityCategory.HighlySensitive => "Highly Sensitive",
        _ => category.ToString(),
    };
}
