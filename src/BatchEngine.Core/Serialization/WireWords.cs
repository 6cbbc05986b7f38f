using BatchEngine.Classification;
using BatchEngine.Jobs;

namespace BatchEngine.Serialization;

/// <summary>
/// The words the HTTP contract writes for categories and statuses, spelled once: the enums' JSON names, the
/// HTTP filters, exports, prompts and stores all read them from here.
/// </summary>
public static class WireWords
{
    /// <summary><see cref="SensitivityCategory.Public"/>.</summary>
    public const string Public = "Public";

    /// <summary><see cref="SensitivityCategory.Confidential"/>.</summary>
    public const string Confidential = "Confidential";

    /// <summary><see cref="SensitivityCategory.HighlySensitive"/>, with its space.</summary>
    public const string HighlySensitive = "Highly Sensitive";

    /// <summary><see cref="SensitivityCategory.Unsafe"/>.</summary>
    public const string Unsafe = "Unsafe";

    /// <summary>A job or document that has not started.</summary>
    public const string Pending = "pending";

    /// <summary>A job or document that is running.</summary>
    public const string Processing = "processing";

    /// <summary>A finished job or a classified document.</summary>
    public const string Completed = "completed";

    /// <summary>A job or document that failed.</summary>
    public const string Failed = "failed";

    /// <summary>A cancelled job or document.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Every category word, from the least to the most severe.</summary>
    public static IReadOnlyList<string> Categories { get; } = [Public, Confidential, HighlySensitive, Unsafe];

    /// <summary>Every status word, in the order a job goes through them.</summary>
    public static IReadOnlyList<string> Statuses { get; } = [Pending, Processing, Completed, Failed, Cancelled];

    /// <summary>The word for a category.</summary>
    public static string Of(SensitivityCategory category) => category switch
    {
        SensitivityCategory.Public => Public,
        SensitivityCategory.Confidential => Confidential,
        SensitivityCategory.HighlySensitive => HighlySensitive,
        SensitivityCategory.Unsafe => Unsafe,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a category."),
    };

    /// <summary>The word for a job status.</summary>
    public static string Of(JobStatus status) => StatusWord((int)status);

    /// <summary>The word for a document status (the same words as a job's).</summary>
    public static string Of(DocumentStatus status) => StatusWord((int)status);

    /// <summary>Reads a category word, ignoring case and surrounding spaces; null when it is none.</summary>
    public static SensitivityCategory? ParseCategory(string? word)
    {
        var index = IndexOf(Categories, word);
        return index < 0 ? null : (SensitivityCategory)index;
    }

    /// <summary>Reads a job status word, ignoring case and surrounding spaces; null when it is none.</summary>
    public static JobStatus? ParseJobStatus(string? word)
    {
        var index = IndexOf(Statuses, word);
        return index < 0 ? null : (JobStatus)index;
    }

    // JobStatus and DocumentStatus share their order and words; the enum tests pin that.
    private static string StatusWord(int value) => value >= 0 && value < Statuses.Count
        ? Statuses[value]
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a status.");

    private static int IndexOf(IReadOnlyList<string> words, string? word)
    {
        if (word is null)
        {
            return -1;
        }

        var trimmed = word.Trim();
        for (var i = 0; i < words.Count; i++)
        {
            if (string.Equals(words[i], trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
