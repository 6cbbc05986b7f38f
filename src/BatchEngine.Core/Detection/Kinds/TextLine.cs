namespace BatchEngine.Detection.Kinds;

/// <summary>
/// One line of a page, with its label when it reads as a field (<c>To: ...</c>, <c>**Date:** ...</c>,
/// <c>* **Patient ID**: ...</c>): list bullets, Markdown emphasis and heading marks are looked through, so a
/// Markdown file, a plain-text form and a PDF's text lines read the same.
/// </summary>
internal readonly record struct TextLine(int Start, int Length, int ContentStart, int ContentLength, int LabelLength, int ValueStart, int ValueLength)
{
    private const int LongestLabel = 40;

    public bool IsBlank => ContentLength == 0;

    public bool HasLabel => LabelLength > 0;

    public int End => Start + Length;

    public ReadOnlySpan<char> Content(ReadOnlySpan<char> text) => text.Slice(ContentStart, ContentLength);

    public ReadOnlySpan<char> Label(ReadOnlySpan<char> text) => text.Slice(ContentStart, LabelLength).Trim().TrimEnd('*').Trim();

    public ReadOnlySpan<char> Value(ReadOnlySpan<char> text) => text.Slice(ValueStart, ValueLength);

    /// <summary>Every line of <paramref name="text"/>, blank ones included, in order.</summary>
    public static List<TextLine> Split(ReadOnlySpan<char> text, int maxLines = int.MaxValue)
    {
        var lines = new List<TextLine>(Math.Min(maxLines, text.Count('\n') + 1));
        int position = 0;
        while (position <= text.Length && lines.Count < maxLines)
        {
            int newline = text[position..].IndexOf('\n');
            int end = newline < 0 ? text.Length : position + newline;
            lines.Add(Parse(text, position, end));
            if (newline < 0)
            {
                break;
            }

            position = end + 1;
        }

        return lines;
    }

    private static TextLine Parse(ReadOnlySpan<char> text, int start, int end)
    {
        int contentStart = start;
        while (contentStart < end && (char.IsWhiteSpace(text[contentStart]) || text[contentStart] is '*' or '-' or '#' or '>' or '•' or '_' or '|'))
        {
            contentStart++;
        }

        int contentEnd = end;
        while (contentEnd > contentStart && (char.IsWhiteSpace(text[contentEnd - 1]) || text[contentEnd - 1] is '*' or '|' or '_'))
        {
            contentEnd--;
        }

        ReadOnlySpan<char> content = text[contentStart..contentEnd];
        int colon = content.IndexOf(':');
        if (colon <= 0 || colon > LongestLabel || !IsLabel(content[..colon]))
        {
            return new TextLine(start, end - start, contentStart, contentEnd - contentStart, 0, contentEnd, 0);
        }

        int valueStart = contentStart + colon + 1;
        while (valueStart < contentEnd && (char.IsWhiteSpace(text[valueStart]) || text[valueStart] == '*'))
        {
            valueStart++;
        }

        return new TextLine(start, end - start, contentStart, contentEnd - contentStart, colon, valueStart, contentEnd - valueStart);
    }

    /// <summary>A label is a few words of letters (and <c>#</c>, <c>/</c>, <c>&amp;</c>, <c>.</c>, <c>(</c><c>)</c>), not a sentence or a time.</summary>
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        label = label.Trim().TrimEnd('*').Trim();
        if (label.IsEmpty || !char.IsLetter(label[0]))
        {
            return false;
        }

        int words = 1;
        foreach (char c in label)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!char.IsLetterOrDigit(c) && c is not '#' and not '/' and not '&' and not '.' and not '(' and not ')' and not '-' and not '\'' and not '’' and not '_')
            {
                return false;
            }
        }

        return words <= 5;
    }
}
