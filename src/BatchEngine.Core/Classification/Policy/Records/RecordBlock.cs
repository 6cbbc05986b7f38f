namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// The record a position on a page belongs to, decided by the page's structure: a table row (CSV, tab-separated
/// or Markdown) is a record of its own; otherwise the record is the block of lines around the position, bounded
/// by blank lines, headings and rules, and kept to a few lines before it and more after (a name heads its
/// record: a form's fields, a résumé's contact line and a letter's address block follow the name), and to
/// <c>maxCharacters</c> in all. Two values belong to one record when both fall in it.
/// </summary>
internal static class RecordBlock
{
    private const int LinesBefore = 3;
    private const int LinesAfter = 8;

    public static (int From, int To) Around(ReadOnlySpan<char> text, int position, int maxCharacters)
    {
        position = Math.Clamp(position, 0, text.Length);
        (int lineStart, int lineEnd) = LineAt(text, position);
        if (IsTableRow(text[lineStart..lineEnd]))
        {
            return (lineStart, lineEnd);
        }

        int from = lineStart;
        for (int i = 0; i < LinesBefore && from > 0; i++)
        {
            (int start, int end) = LineAt(text, from - 1);
            if (IsBoundary(text[start..end]) || position - start > maxCharacters / 2)
            {
                break;
            }

            from = start;
        }

        int to = lineEnd;
        for (int i = 0; i < LinesAfter && to < text.Length; i++)
        {
            (int start, int end) = LineAt(text, to + 1);
            if (IsBoundary(text[start..end]) || end - position > maxCharacters)
            {
                break;
            }

            to = end;
        }

        return (from, to);
    }

    private static (int Start, int End) LineAt(ReadOnlySpan<char> text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        int start = position == 0 ? 0 : text[..position].LastIndexOf('\n') + 1;
        int next = text[position..].IndexOf('\n');
        return (start, next < 0 ? text.Length : position + next);
    }

    /// <summary>A blank line, a Markdown heading or a rule (<c>---</c>, <c>***</c>, <c>===</c>) ends a record.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.Trim();
        return trimmed.IsEmpty
            || trimmed[0] == '#'
            || (trimmed.Length >= 3 && trimmed.IndexOfAnyExcept("-*=_ ") < 0);
    }

    /// <summary>Two or more cell separators: a row of a table, whose neighbours are other people's rows.</summary>
    private static bool IsTableRow(ReadOnlySpan<char> line) =>
        line.Count('|') >= 3 || line.Count('\t') >= 2 || (line.Count(',') >= 3 && !line.Contains(". ", StringComparison.Ordinal));
}
