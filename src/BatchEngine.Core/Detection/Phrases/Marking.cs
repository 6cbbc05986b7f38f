using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Phrases;

/// <summary>
/// Tells a marking ("CONFIDENTIAL" stamped on a page, a title on a page's first line, "Company Confidential | Page 3" in a footer, "This memo is
/// confidential") from a mention in running prose ("Confidential Business Information as described in ...").
/// </summary>
internal static class Marking
{
    /// <summary>Letters and digits allowed on the phrase's line besides the phrase for the line to read as a stamp or title.</summary>
    private const int ShortLineExtraCharacters = 14;

    private const int SelfReferenceWindow = 40;

    private const int TitleLength = 80;

    private static readonly ContextWords SelfReferences = new(
    [
        "this document", "this memo", "this memorandum", "this email", "this e-mail", "this message", "this report",
        "this file", "this page", "this presentation", "these materials", "this information", "this letter", "classification:",
        "label:", "status:", "marking:",
    ]);

    public static bool IsMarked(ReadOnlySpan<char> text, int start, int end, int window) =>
        IsCapitals(text[start..end]) || IsOnFirstLine(text, start) || IsOnShortLine(text, start, end) || SelfReferences.Before(text, start, Math.Min(window, SelfReferenceWindow));

    private static bool IsCapitals(ReadOnlySpan<char> phrase)
    {
        bool letter = false;
        foreach (char c in phrase)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>A page's first line, when short enough to be a title or running header, is one.</summary>
    private static bool IsOnFirstLine(ReadOnlySpan<char> text, int start)
    {
        int lineStart = text[..start].LastIndexOf('\n') + 1;
        int lineEnd = text[start..].IndexOf('\n') is int next and >= 0 ? start + next : text.Length;
        return text[..lineStart].IsWhiteSpace() && lineEnd - lineStart <= TitleLength;
    }

    /// <summary>
    /// A short line of its own is a stamp, a banner or a footer, unless it is an item of a list ("- Trade secrets"
    /// in an agreement's list of what counts as confidential information is a topic, not a marking).
    /// </summary>
    private static bool IsOnShortLine(ReadOnlySpan<char> text, int start, int end)
    {
        int lineStart = text[..start].LastIndexOf('\n') + 1;
        int lineEnd = text[end..].IndexOf('\n') is int next and >= 0 ? end + next : text.Length;
        return !IsListItem(text[lineStart..start]) && Count(text[lineStart..start]) + Count(text[end..lineEnd]) <= ShortLineExtraCharacters;
    }

    private static bool IsListItem(ReadOnlySpan<char> beforeOnLine)
    {
        ReadOnlySpan<char> lead = beforeOnLine.TrimStart();
        return lead.StartsWith("- ", StringComparison.Ordinal) || lead.StartsWith("* ", StringComparison.Ordinal) || lead.StartsWith("• ", StringComparison.Ordinal)
            || (lead.Length >= 2 && char.IsAsciiDigit(lead[0]) && lead.TrimStart("0123456789").StartsWith(". ", StringComparison.Ordinal));
    }

    private static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
