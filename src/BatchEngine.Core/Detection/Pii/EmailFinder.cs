using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Pii;

/// <summary>
/// Email addresses, found by jumping to each '@' and reading the local part and the domain around it:
/// the domain needs a dot and a letters-only top-level label of two or more letters.
/// </summary>
internal sealed class EmailFinder(int contextWindow) : IFinder
{
    public const string Type = "PII:Email";

    private const double BaseConfidence = 0.75;
    private const int MaxLocalLength = 64;

    private static readonly ContextWords Context = new(["email", "e-mail", "mail", "contact", "reach"]);

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOf('@');
            if (index < 0)
            {
                return;
            }

            int at = position + index;
            position = at + 1;
            int start = LocalStart(text, at);
            int end = DomainEnd(text, at);
            if (start < 0 || end < 0)
            {
                continue;
            }

            bool context = Context.Before(text, start, contextWindow);
            found.Add(new Finding(start, end - start, Type, Confidence.WithContext(BaseConfidence, context), MaskStyle.Email));
            position = end;
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    /// <summary>Start of a valid local part ending at <paramref name="at"/>, or -1.</summary>
    private static int LocalStart(ReadOnlySpan<char> text, int at)
    {
        int start = at;
        while (start > 0 && at - start < MaxLocalLength && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        // Longer than a local part can be, or a second '@': not an address. Checked before the leading quote
        // marks are dropped, so 'mario.rossi@example.com' in quotes is still one.
        if (start > 0 && (IsLocalChar(text[start - 1]) || text[start - 1] == '@'))
        {
            return -1;
        }

        while (start < at && text[start] is '.' or '\'' or '-')
        {
            start++;
        }

        if (start == at || text[at - 1] == '.' || text[start..at].Contains("..", StringComparison.Ordinal))
        {
            return -1;
        }

        return start;
    }

    /// <summary>End of a valid domain starting after <paramref name="at"/>, or -1.</summary>
    private static int DomainEnd(ReadOnlySpan<char> text, int at)
    {
        int end = at + 1;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        ReadOnlySpan<char> domain = text[(at + 1)..end];
        int lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..", StringComparison.Ordinal) || domain[0] == '-')
        {
            return -1;
        }

        ReadOnlySpan<char> topLevel = domain[(lastDot + 1)..];
        if (topLevel.Length < 2 || !IsAllLetters(topLevel))
        {
            return -1;
        }

        return end < text.Length && text[end] == '@' ? -1 : end;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
