using System.Text.Json.Serialization;
using BatchEngine.Serialization;

namespace BatchEngine.Classification;

/// <summary>A document's sensitivity. JSON writes the words of the HTTP contract ("Highly Sensitive").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SensitivityCategory>))]
public enum SensitivityCategory
{
    /// <summary>Nothing sensitive found.</summary>
    [JsonStringEnumMemberName(WireWords.Public)] Public,

    /// <summary>Internal markers or internal document kinds.</summary>
    [JsonStringEnumMemberName(WireWords.Confidential)] Confidential,

    /// <summary>Identity or financial PII, secrets, export-controlled content.</summary>
    [JsonStringEnumMemberName(WireWords.HighlySensitive)] HighlySensitive,

    /// <summary>Unsafe content (violence, weapons, exploitation, extremism, ...). Wins over the ladder.</summary>
    [JsonStringEnumMemberName(WireWords.Unsafe)] Unsafe,
}
