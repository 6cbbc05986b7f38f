using System.Globalization;

namespace BatchEngine.Reading;

/// <summary>
/// Where a stretch of text came from: its kind, the image's number on its page (image OCR) and the field's
/// name (form fields). <see cref="Code"/> is the short form written into citations and signals
/// (<c>text-layer</c>, <c>ocr-page</c>, <c>ocr-image-3</c>, <c>form-field</c>, ...).
/// </summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="ImageNumber">For <see cref="TextOriginKind.ImageOcr"/>: the image's 1-based number on its page.</param>
/// <param name="Name">For <see cref="TextOriginKind.FormField"/>: the field's name (never written into a code or an explanation).</param>
public readonly record struct TextOrigin(TextOriginKind Kind, int ImageNumber = 0, string? Name = null)
{
    private const string ImageOcrPrefix = "ocr-image-";

    private static readonly (TextOriginKind Kind, string Code, string Words)[] Fixed =
    [
        (TextOriginKind.TextLayer, "text-layer", "the text layer"),
        (TextOriginKind.PageOcr, "ocr-page", "OCR of the page"),
        (TextOriginKind.FormField, "form-field", "a filled form field"),
        (TextOriginKind.Annotation, "annotation", "an annotation"),
        (TextOriginKind.Comment, "comment", "a reviewer's comment"),
        (TextOriginKind.SpeakerNotes, "speaker-notes", "the speaker notes"),
        (TextOriginKind.Header, "header", "the page header"),
        (TextOriginKind.Footer, "footer", "the page footer"),
        (TextOriginKind.Footnote, "footnote", "a footnote"),
        (TextOriginKind.TrackedInsertion, "tracked-insertion", "a tracked insertion"),
    ];

    /// <summary>The document's own text: what every page is made of unless its reader says otherwise.</summary>
    public static TextOrigin TextLayer => default;

    /// <summary>The short form: <c>text-layer</c>, <c>ocr-page</c>, <c>ocr-image-3</c>, <c>form-field</c>, <c>annotation</c>, ...</summary>
    public string Code => Kind == TextOriginKind.ImageOcr
        ? ImageOcrPrefix + ImageNumber.ToString(CultureInfo.InvariantCulture)
        : Entry(Kind).Code;

    /// <summary>Plain words for an explanation: "OCR of image 3", "a filled form field".</summary>
    public string Words => Kind == TextOriginKind.ImageOcr
        ? string.Create(CultureInfo.InvariantCulture, $"OCR of image {ImageNumber}")
        : Entry(Kind).Words;

    /// <summary>Reads a <see cref="Code"/> back (the name of a form field is not part of it).</summary>
    public static bool TryParse(string? code, out TextOrigin origin)
    {
        origin = TextLayer;
        if (code is null)
        {
            return false;
        }

        if (code.StartsWith(ImageOcrPrefix, StringComparison.Ordinal)
            && int.TryParse(code.AsSpan(ImageOcrPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            origin = new TextOrigin(TextOriginKind.ImageOcr, number);
            return true;
        }

        foreach (var entry in Fixed)
        {
            if (entry.Code == code)
            {
                origin = new TextOrigin(entry.Kind);
                return true;
            }
        }

        return false;
    }

    private static (TextOriginKind Kind, string Code, string Words) Entry(TextOriginKind kind)
    {
        foreach (var entry in Fixed)
        {
            if (entry.Kind == kind)
            {
                return entry;
            }
        }

        return Fixed[0];
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
