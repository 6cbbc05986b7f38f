using BatchEngine.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace BatchEngine.Office.Word;

/// <summary>
/// Reads a Word document's body in reading order: paragraphs, tables (cells separated by tabs, rows by lines),
/// content controls and text boxes, tracked insertions (deletions left out). A new page starts at a page
/// break, a page break Word rendered when it last saved, and a section break. Each page ends with the
/// footnotes, endnotes and comments anchored on it; the headers open the first page and the footers close
/// the last.
/// Images drawn on a page are handed to OCR.
/// </summary>
internal sealed class WordReader(OfficePages pages, DocumentImageCollector images)
{
    private static readonly TextOrigin Body = TextOrigin.TextLayer;
    private static readonly TextOrigin Insertion = new(TextOriginKind.TrackedInsertion);

    private readonly List<(string? Text, TextOriginKind Kind)> _anchored = [];
    private PageTextBuilder _page = new();
    private bool _pageHasText;
    private bool _paragraphOpen;
    private int _imagesOnPage;
    private MainDocumentPart _main = null!;

    public void Read(WordprocessingDocument document)
    {
        _main = document.MainDocumentPart ?? throw new DocumentReadException("The Word document has no main document part.");
        var body = _main.Document?.Body;
        foreach (var header in Distinct(_main.HeaderParts.Select(p => PlainText(p.Header))))
        {
            _page.Append(header, new TextOrigin(TextOriginKind.Header));
            _pageHasText = true;
        }

        if (body is not null)
        {
            foreach (var block in body.ChildElements)
            {
                if (pages.Full)
                {
                    break;
                }

                ReadBlock(block);
            }
        }

        _anchored.AddRange(Distinct(_main.FooterParts.Select(p => PlainText(p.Footer))).Select(f => ((string?)f, TextOriginKind.Footer)));
        EndPage(force: true);
    }

    private void ReadBlock(OpenXmlElement block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                ReadParagraph(paragraph);
                break;
            case Table table:
                ReadTable(table);
                break;
            case SdtBlock or CustomXmlBlock:
                foreach (var child in block.Descendants().Where(e => e is Paragraph or Table && e.Parent is SdtContentBlock or CustomXmlBlock))
                {
                    ReadBlock(child);
                }

                break;
        }
    }

    private void ReadTable(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var first = true;
            foreach (var cell in row.Elements<TableCell>())
            {
                foreach (var block in cell.ChildElements)
                {
                    if (block is Paragraph paragraph)
                    {
                        ReadParagraph(paragraph, separator: first ? null : "\t");
                        first = false;
                    }
                    else
                    {
                        ReadBlock(block);
                    }
                }
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, string? separator = null)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value))
        {
            BreakPage();
        }

        _paragraphOpen = false;
        if (separator is not null && _pageHasText)
        {
            // A table cell after the first continues its row's line.
            _page.AppendInline(separator, Body);
            _paragraphOpen = true;
        }

        foreach (var element in Walk(paragraph))
        {
            switch (element)
            {
                case Text text:
                    AppendText(text.Text, text.Ancestors<InsertedRun>().Any() ? Insertion : Body);
                    break;
                case TabChar:
                    AppendText("\t", Body);
                    break;
                case Break { Type: { } type } when type.Value == BreakValues.Page:
                    BreakPage();
                    break;
                case Break or CarriageReturn:
                    AppendText("\n", Body);
                    break;
                case LastRenderedPageBreak:
                    BreakPage();
                    break;
                case FootnoteReference footnote when footnote.Id?.Value is { } id:
                    _anchored.Add((PlainText(_main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(f => f.Id?.Value == id)), TextOriginKind.Footnote));
                    break;
                case EndnoteReference endnote when endnote.Id?.Value is { } id:
                    _anchored.Add((PlainText(_main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(e => e.Id?.Value == id)), TextOriginKind.Footnote));
                    break;
                case CommentReference comment when comment.Id?.Value is { } id:
                    _anchored.Add((CommentText(id), TextOriginKind.Comment));
                    break;
                case A.Blip blip when blip.Embed?.Value is { } relationship:
                    AddImage(relationship);
                    break;
            }
        }

        if (paragraph.ParagraphProperties?.SectionProperties is not null)
        {
            BreakPage();
        }
    }

    // Document order, leaving out what is never shown twice: the fallback copy of a drawing and deleted runs.
    private static IEnumerable<OpenXmlElement> Walk(OpenXmlElement root)
    {
        var stack = new Stack<OpenXmlElement>();
        for (var index = root.ChildElements.Count - 1; index >= 0; index--)
        {
            stack.Push(root.ChildElements[index]);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is AlternateContentFallback or DeletedRun or ParagraphProperties)
            {
                continue;
            }

            yield return element;
            for (var index = element.ChildElements.Count - 1; index >= 0; index--)
            {
                stack.Push(element.ChildElements[index]);
            }
        }
    }

    private void AppendText(string text, TextOrigin origin)
    {
        if (!_paragraphOpen)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            // A new paragraph starts on a new line.
            _page.AppendInline(_pageHasText ? "\n" : null, Body);
            _paragraphOpen = true;
        }

        _page.AppendInline(text, origin);
        _pageHasText |= !string.IsNullOrWhiteSpace(text);
    }

    private string? CommentText(string id) =>
        PlainText(_main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().FirstOrDefault(c => c.Id?.Value == id));

    private void AddImage(string relationship)
    {
        if (_main.TryGetPartById(relationship, out var part) && part is ImagePart image)
        {
            images.Add(pages.Count + 1, ++_imagesOnPage, OfficeImages.Bytes(image));
        }
    }

    private void BreakPage()
    {
        // A rendered break right after an explicit one, or at the very top, starts no second page.
        if (_pageHasText)
        {
            EndPage(force: false);
        }
    }

    private void EndPage(bool force)
    {
        foreach (var (text, kind) in _anchored)
        {
            _page.Append(text, new TextOrigin(kind));
        }

        _anchored.Clear();
        if (_page.Length > 0 || force && pages.Count == 0)
        {
            pages.Add(_page);
        }

        _page = new PageTextBuilder();
        (_pageHasText, _paragraphOpen, _imagesOnPage) = (false, false, 0);
    }

    /// <summary>The shown text of a header, footer, note or comment: its paragraphs' runs, one line each (no deleted text, no field codes).</summary>
    internal static string? PlainText(OpenXmlElement? element) => element is null
        ? null
        : string.Join("\n", element.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).Where(l => l.Length > 0));

    private static IEnumerable<string> Distinct(IEnumerable<string?> texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).Distinct(StringComparer.Ordinal);
}
