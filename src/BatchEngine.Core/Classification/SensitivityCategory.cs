using System.Text.Json.Serialization;

namespace BatchEngine.Classification;

/// <summary>A document's sensitivity. JSON writes the words the HTTP reference uses ("Highly Sensitive").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SensitivityCategory>))]
public enum SensitivityCategory
{
    /// <summary>Nothing sensitive found.</summary>
    [JsonStringEnumMemberName("Public")] Public,

    /// <summary>Internal markers or internal document kinds.</summary>
    [JsonStringEnumMemberName("Confidential")] Confidential,

    /// <summary>Identity or financial PII, secrets, export-controlled content.</summary>
    [JsonStringEnumMemberName("Highly Sensitive")] HighlySensitive,

    /// <summary>Unsafe content (violence, weapons, exploitation, extremism, ...). Wins over the ladder.</summary>
    [JsonStringEnumMemberName("Unsafe")] Unsafe,
}
