using BatchEngine.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace BatchEngine.Office.PowerPoint;

/// <summary>
/// Reads a presentation one slide a page, in the deck's order: the text of every shape, group and table in
/// the slide's shape tree order (title and body placeholders first, as PowerPoint lists them), then its
/// comments and its speaker notes. Pictures on the slide go to OCR.
/// </summary>
internal sealed class PowerPointReader(OfficePages pages, DocumentImageCollector images)
{
    public void Read(PresentationDocument document)
    {
        var presentation = document.PresentationPart ?? throw new DocumentReadException("The PowerPoint file has no presentation part.");
        var slideIds = presentation.Presentation?.SlideIdList?.Elements<SlideId>().ToList() ?? [];
        foreach (var slideId in slideIds)
        {
            if (pages.Full)
            {
                pages.Skip(1);
                continue;
            }

            var page = new PageTextBuilder();
            if (slideId.RelationshipId?.Value is { } id && presentation.TryGetPartById(id, out var part) && part is SlidePart slide)
            {
                ReadSlide(slide, page);
            }

            pages.Add(page);
        }
    }

    private void ReadSlide(SlidePart slide, PageTextBuilder page)
    {
        page.Append(Paragraphs(slide.Slide?.CommonSlideData?.ShapeTree), TextOrigin.TextLayer);
        foreach (var comment in slide.SlideCommentsPart?.CommentList?.Elements<Comment>() ?? [])
        {
            page.Append(comment.Text?.Text, new TextOrigin(TextOriginKind.Comment));
        }

        // The notes page also shows the slide's picture and its number: only the notes' own text body counts.
        var notesTree = slide.NotesSlidePart?.NotesSlide?.CommonSlideData?.ShapeTree;
        foreach (var shape in notesTree?.Elements<Shape>() ?? [])
        {
            var placeholder = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value;
            if (placeholder is null || placeholder == PlaceholderValues.Body)
            {
                page.Append(Paragraphs(shape), new TextOrigin(TextOriginKind.SpeakerNotes));
            }
        }

        var number = 0;
        foreach (var image in slide.ImageParts)
        {
            images.Add(pages.Count + 1, ++number, OfficeImages.Bytes(image));
        }
    }

    // Each drawing paragraph on its own line, its runs and fields joined, line breaks kept.
    private static string? Paragraphs(OpenXmlElement? root) => root is null
        ? null
        : string.Join("\n", root.Descendants<A.Paragraph>().Select(Line).Where(l => l.Length > 0));

    private static string Line(A.Paragraph paragraph) => string.Concat(paragraph.ChildElements.Select(e => e switch
    {
        A.Run run => run.Text?.Text,
        A.Field field => field.Text?.Text,
        A.Break => "\n",
        _ => null,
    }));
}
