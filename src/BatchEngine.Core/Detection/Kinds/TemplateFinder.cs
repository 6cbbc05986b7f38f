using System.Buffers;
using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// Templates and blank forms: slots to fill in rather than content. Slots are bracketed capitals or words
/// (<c>[NAME]</c>, <c>[**salary**]</c>, <c>[Recipient Name]</c>, not a link or a citation), double braces
/// (<c>{{name}}</c>), angle-bracketed words (<c>&lt;Recipient&gt;</c>), example values (<c>your_name_here</c>,
/// <c>your_database_password</c>) and fill-in rules (<c>________</c>). Three distinct slots, or one with the word
/// "template" in the title block, make a template; fill-in rules alone make a blank form, less surely.
/// </summary>
internal sealed partial class TemplateFinder : IKindFinder
{
    private static readonly ContextWords TemplateWords = new(["template", "vorlage", "modèle", "sample form", "blank form", "skeleton"]);

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page == 0)
        {
            return;
        }

        var slots = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int firstSlot = -1;
        if (MaySlot(text))
        {
            foreach (ValueMatch match in Slot().EnumerateMatches(text))
            {
                if (slots.Add(text.Slice(match.Index, match.Length).Trim(SlotEdges).ToString()))
                {
                    firstSlot = firstSlot < 0 ? match.Index : firstSlot;
                }
            }
        }

        int blanks = text.Contains('_') ? Blank().Count(text) : 0;
        bool titled = false;
        foreach (TextLine title in Headings.TitleBlock(text, lines, page))
        {
            ReadOnlySpan<char> content = title.Content(text);
            titled |= TemplateWords.Within(content, 0, content.Length);
        }

        titled |= page == 1 && TemplateWords.Within(text, 0, Math.Min(text.Length, 400));
        if (slots.Count >= 3 || (titled && slots.Count >= 1))
        {
            found.Add(new Finding(firstSlot, 1, DocumentKinds.Template, 0.9, MaskStyle.None));
        }
        else if (blanks >= 3 || (titled && blanks >= 1))
        {
            int at = text.IndexOf("___", StringComparison.Ordinal);
            found.Add(new Finding(Math.Max(0, at), 3, DocumentKinds.Template, titled ? 0.85 : 0.7, MaskStyle.None));
        }
    }

    // Every alternative of Slot() needs one of these characters, or "your-": most pages have none and skip the regex.
    private static readonly SearchValues<char> SlotAnchors = SearchValues.Create("[{<_");

    private static bool MaySlot(ReadOnlySpan<char> text) =>
        text.ContainsAny(SlotAnchors) || text.Contains("your-", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> SlotEdges => "[]{}<>* ,";

    [GeneratedRegex(
        @"\[(?:\*\*)?[A-Za-z][A-Za-z /,.&'-]{1,40}?(?:\*\*)?,?\](?!\()|\{\{\s*[A-Za-z_][\w .]{0,40}\}\}|<[A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{1,20}){0,3}>|\b[Yy][Oo][Uu][Rr][_-][A-Za-z0-9_-]{3,60}\b|\b[A-Za-z0-9_]{2,40}_[Hh][Ee][Rr][Ee]\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Slot();

    [GeneratedRegex(@"_{6,}")]
    private static partial Regex Blank();
}
