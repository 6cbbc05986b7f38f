namespace BatchEngine.Detection.Kinds;

/// <summary>
/// The lines of a page that read as a title or a heading: the first few non-blank lines of the first page
/// (a document's title block), Markdown headings, and short lines standing alone (a heading in a PDF or a
/// plain-text file). Document kinds are read from these, not from words in running prose.
/// </summary>
internal static class Headings
{
    private const int TitleBlockLines = 6;
    private const int TitleSearchLines = 30;
    private const int LongestTitle = 120;
    private const int LongestHeading = 60;

    /// <summary>The title block: the first <see cref="TitleBlockLines"/> non-blank lines of the first page that are short enough to be titles.</summary>
    public static IEnumerable<TextLine> TitleBlock(ReadOnlySpan<char> text, List<TextLine> lines, int page)
    {
        var titles = new List<TextLine>();
        if (page != 1)
        {
            return titles;
        }

        int seen = 0;
        bool frontMatter = false;
        foreach (TextLine line in lines)
        {
            if (text.Slice(line.Start, line.Length).Trim().SequenceEqual("---"))
            {
                // YAML front matter (a Markdown file's metadata) is skipped, not read as a title.
                frontMatter = seen == 0 && !frontMatter;
                continue;
            }

            if (frontMatter || line.IsBlank)
            {
                continue;
            }

            if (line.ContentLength <= LongestTitle && !IsSentence(line.Content(text)))
            {
                titles.Add(line);
            }

            if (++seen == TitleBlockLines)
            {
                break;
            }
        }

        // A Markdown file's first top-level heading is its title even below metadata lines.
        foreach (TextLine line in lines.Take(TitleSearchLines))
        {
            ReadOnlySpan<char> raw = text.Slice(line.Start, line.Length).TrimStart();
            if (raw.StartsWith("# ", StringComparison.Ordinal) && !titles.Contains(line))
            {
                titles.Add(line);
                break;
            }
        }

        return titles;
    }

    /// <summary>A line that ends a sentence of several words is prose, not a title.</summary>
    private static bool IsSentence(ReadOnlySpan<char> content) =>
        content.Length > 0 && content[^1] is '.' or '?' or '!' && content.Count(' ') >= 6;

    /// <summary>True when the line is a Markdown heading, or short and standing between blank lines or written in capitals.</summary>
    public static bool IsHeading(ReadOnlySpan<char> text, List<TextLine> lines, int index)
    {
        TextLine line = lines[index];
        if (line.IsBlank || line.ContentLength > LongestHeading)
        {
            return false;
        }

        ReadOnlySpan<char> raw = text.Slice(line.Start, line.Length).TrimStart();
        if (raw.StartsWith('#') || raw.StartsWith("**", StringComparison.Ordinal) && raw.TrimEnd().EndsWith("**", StringComparison.Ordinal))
        {
            return true;
        }

        ReadOnlySpan<char> content = line.Content(text);
        bool capitals = content.ContainsAnyInRange('A', 'Z') && !content.ContainsAnyInRange('a', 'z');
        bool alone = (index == 0 || lines[index - 1].IsBlank) && (index == lines.Count - 1 || lines[index + 1].IsBlank);
        int words = content.Count(' ') + 1;
        return words <= 6 && (capitals || alone || !content.ContainsAny('.', ',', ';'));
    }
}
