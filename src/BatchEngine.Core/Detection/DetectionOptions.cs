namespace BatchEngine.Detection;

/// <summary>
/// Settings of the built-in detectors. Plain settable properties and lists, so
/// <c>services.Configure&lt;DetectionOptions&gt;(configuration.GetSection("BatchEngine:Detection"))</c> binds them.
/// Validated when the engine starts.
/// </summary>
public sealed class DetectionOptions
{
    /// <summary>
    /// Masks every detected sensitive value in snippets (for example <c>***-**-6789</c>). Default true.
    /// Turn off only where raw values may be shown (for example a locked-down review tool).
    /// </summary>
    public bool MaskSensitiveValues { get; set; } = true;

    /// <summary>Characters of text kept on each side of a hit in its snippet. Default 40.</summary>
    public int SnippetContextCharacters { get; set; } = 40;

    /// <summary>How far before a PII match (in characters) a context word such as "SSN" raises its confidence. Default 60.</summary>
    public int ContextWindowCharacters { get; set; } = 60;

    /// <summary>How far on each side of a phrase (in characters) its required or excluding context words are looked for. Default 150.</summary>
    public int PhraseContextWindowCharacters { get; set; } = 150;

    /// <summary>
    /// The first characters of the first page count as the document's heading: a marker or document kind there
    /// (a title such as "Standard Operating Procedure") uses its phrase set's <see cref="DetectionPhraseSet.LeadingConfidence"/>.
    /// Default 600.
    /// </summary>
    public int LeadingCharacters { get; set; } = 600;

    /// <summary>
    /// Regions (ISO 3166 codes such as <c>GB</c>, <c>DE</c>) whose national phone number formats are recognised;
    /// a number written with <c>+</c> is recognised for any country. Empty (the default) means US, CA, GB, DE, FR,
    /// IT, ES, NL, BE, CH, AT, SE, NO, DK, FI, PL, AU, IN, BR, MX, IL and JP; a list given here replaces them.
    /// </summary>
    public List<string> PhoneRegions { get; set; } = [];

    /// <summary>Uses the built-in marker and unsafe-content phrase sets beside the ones listed here. Default true.</summary>
    public bool UseBuiltInPhrases { get; set; } = true;

    /// <summary>
    /// Extra confidentiality-marker, export-control and document-kind phrase sets (types such as
    /// <c>Marker:Confidential</c>, <c>Marker:ExportControl</c>, <c>DocKind:SOP</c>), added to the built-in ones.
    /// </summary>
    public List<DetectionPhraseSet> MarkerPhrases { get; set; } = [];

    /// <summary>Extra unsafe-content phrase sets (types starting with <c>Unsafe:</c>), added to the built-in ones.</summary>
    public List<DetectionPhraseSet> UnsafePhrases { get; set; } = [];
}
