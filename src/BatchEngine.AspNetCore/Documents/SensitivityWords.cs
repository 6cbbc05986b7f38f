using BatchEngine.Classification;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>The category words as the reference writes them (<c>Highly Sensitive</c> with its space).</summary>
internal static class SensitivityWords
{
    private static readonly Dictionary<string, SensitivityCategory> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Public"] = SensitivityCategory.Public,
        ["Confidential"] = SensitivityCategory.Confidential,
        ["Highly Sensitive"] = SensitivityCategory.HighlySensitive,
        ["Unsafe"] = SensitivityCategory.Unsafe,
    };

    public static IEnumerable<string> All => Words.Keys;

    public static SensitivityCategory? Parse(string? word) => word is not null && Words.TryGetValue(word.Trim(), out var category) ? category : null;

    public static string Of(SensitivityCategory category) => Words.First(pair => pair.Value == category).Key;
}
