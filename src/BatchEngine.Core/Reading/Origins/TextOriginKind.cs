namespace BatchEngine.Reading;

/// <summary>Where a stretch of a page's text came from.</summary>
public enum TextOriginKind
{
    /// <summary>The document's own text (a PDF's text layer, a Word body, a sheet's cells, a slide's shapes).</summary>
    TextLayer,

    /// <summary>OCR of a page that has no text layer (a scan, or an uploaded image).</summary>
    PageOcr,

    /// <summary>OCR of an image embedded in a page that has text of its own.</summary>
    ImageOcr,

    /// <summary>The value of a filled form field, written as "label: value".</summary>
    FormField,

    /// <summary>A PDF annotation (sticky note, pop-up, free text).</summary>
    Annotation,

    /// <summary>A reviewer's comment in an Office document.</summary>
    Comment,

    /// <summary>A slide's speaker notes.</summary>
    SpeakerNotes,

    /// <summary>A page header.</summary>
    Header,

    /// <summary>A page footer.</summary>
    Footer,

    /// <summary>A footnote or an endnote.</summary>
    Footnote,

    /// <summary>Text inserted with change tracking on, not yet accepted.</summary>
    TrackedInsertion,
}
