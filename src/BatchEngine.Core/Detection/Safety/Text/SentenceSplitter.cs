namespace BatchEngine.Detection.Safety.Text;

/// <summary>
/// Cuts a page into sentences: at sentence punctuation followed by a space, at blank lines, and at line breaks
/// that start a new record or sentence (a capital, a quote, a brace: one JSON line or CSV row each), but not
/// at the line breaks a PDF puts inside sentences. Very long stretches are cut at a comma or space so a
/// sentence stays a clause-sized unit for the grammar.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>A sentence longer than this is cut at the next comma or space.</summary>
    public const int MaxSentenceLength = 400;

    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create(".!?\n;");

    public static void Split(ReadOnlySpan<char> text, List<(int Start, int End)> sentences)
    {
        int start = 0;
        int position = 0;
        while (position < text.Length)
        {
            int next = text[position..].IndexOfAny(Ends);
            int end = next < 0 ? text.Length : position + next;
            if (end - start > MaxSentenceLength)
            {
                end = CutPoint(text, start);
                Add(text, start, end, sentences);
                start = position = end;
                continue;
            }

            if (next < 0)
            {
                break;
            }

            position = end + 1;
            if (IsBoundary(text, end))
            {
                Add(text, start, position, sentences);
                start = position;
            }
        }

        Add(text, start, text.Length, sentences);
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int at)
    {
        char mark = text[at];
        int after = at + 1;
        if (mark == '\n')
        {
            int k = after;
            while (k < text.Length && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k >= text.Length || text[k] == '\n')
            {
                return true;
            }

            int before = at - 1;
            while (before >= 0 && text[before] is ' ' or '\t' or '\r')
            {
                before--;
            }

            char first = text[k];
            return before < 0 || text[before] is '.' or '!' or '?' or '"' or '}' or ':' or '”'
                || char.IsUpper(first) || char.IsDigit(first) || first is '"' or '{' or '[' or '-' or '*' or '•' or '“' or '>' or '#';
        }

        // Punctuation ends a sentence when a space or the end follows it ("e.g." and "3.5" do not).
        return after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is '"' or '”' or '\'' or '’' or ')';
    }

    private static int CutPoint(ReadOnlySpan<char> text, int start)
    {
        int limit = Math.Min(text.Length, start + MaxSentenceLength);
        ReadOnlySpan<char> window = text[start..limit];
        int comma = window.LastIndexOf(',');
        if (comma > MaxSentenceLength / 2)
        {
            return start + comma + 1;
        }

        int space = window.LastIndexOf(' ');
        return space > MaxSentenceLength / 2 ? start + space + 1 : limit;
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end));
        }
    }
}
