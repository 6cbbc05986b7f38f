using System.Reflection;
using System.Text.Json.Serialization;
using BatchEngine.Classification;

namespace BatchEngine.Cli.Classify;

/// <summary>
/// The category words users type and read ("Highly Sensitive"), taken from the names Core gives each value
/// for JSON, so the tool and the HTTP API always spell them the same way.
/// </summary>
internal static class CategoryWords
{
    private static readonly IReadOnlyDictionary<SensitivityCategory, string> Names = Enum.GetValues<SensitivityCategory>()
        .ToDictionary(
            category => category,
            category => typeof(SensitivityCategory).GetField(category.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? category.ToString());

    public static IEnumerable<string> All => Names.Values;

    public static string Of(SensitivityCategory category) => Names[category];

    public static SensitivityCategory? Parse(string? word)
    {
        var trimmed = word?.Trim();
        foreach (var (category, name) in Names)
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(category.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        return null;
    }
}
