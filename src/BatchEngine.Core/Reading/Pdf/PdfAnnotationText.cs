using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Content;

namespace BatchEngine.Reading.Pdf;

/// <summary>
/// The text of a page's comment-like annotations: sticky notes (Text), their pop-ups (Popup) and free-text
/// boxes (FreeText). A pop-up that repeats its parent's note is read once.
/// </summary>
internal static class PdfAnnotationText
{
    public static List<string> Read(Page page)
    {
        var notes = new List<string>();
        foreach (Annotation annotation in page.GetAnnotations())
        {
            if (annotation.Type is not (AnnotationType.Text or AnnotationType.Popup or AnnotationType.FreeText))
            {
                continue;
            }

            var content = annotation.Content?.Trim();
            if (!string.IsNullOrEmpty(content) && !notes.Contains(content, StringComparer.Ordinal))
            {
                notes.Add(content);
            }
        }

        return notes;
    }
}
