using System.Text;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Snippets;

/// <summary>
/// Renders a sensitive value masked. Letters and digits are starred except the last four (and none of them when
/// the value has fewer than eight), separators stay so the shape is recognisable (<c>***-**-6789</c>,
/// <c>****-****-****-1111</c>); emails keep the first character of the local part and the domain
/// (<c>j***@example.com</c>); names keep their initials (<c>S*** J.</c>); private key blocks and passwords are replaced.
/// </summary>
internal static class ValueMasker
{
    public const int VisibleCharacters = 4;
    public const string RedactedKey = "[private key redacted]";
    public const string RedactedSecret = "[secret redacted]";

    private const int MinimumForVisibleTail = 8;

    public static void Append(StringBuilder output, ReadOnlySpan<char> value, MaskStyle style)
    {
        switch (style)
        {
            case MaskStyle.None:
                output.Append(value);
                break;
            case MaskStyle.Email:
                AppendEmail(output, value);
                break;
            case MaskStyle.Redact:
                output.Append(RedactedKey);
                break;
            case MaskStyle.Secret:
                output.Append(RedactedSecret);
                break;
            case MaskStyle.Initials:
                AppendInitials(output, value);
                break;
            default:
                AppendKeepLastFour(output, value);
                break;
        }
    }

    public static string Mask(ReadOnlySpan<char> value, MaskStyle style)
    {
        var output = new StringBuilder(value.Length + 8);
        Append(output, value, style);
        return output.ToString();
    }

    private static void AppendKeepLastFour(StringBuilder output, ReadOnlySpan<char> value)
    {
        int significant = 0;
        foreach (char c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                significant++;
            }
        }

        int visibleFrom = significant >= MinimumForVisibleTail ? significant - VisibleCharacters : int.MaxValue;
        int seen = 0;
        foreach (char c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                output.Append(char.IsWhiteSpace(c) ? ' ' : c);
                continue;
            }

            output.Append(seen++ >= visibleFrom ? c : '*');
        }
    }

    /// <summary>First letter of each word, then <c>***</c> whatever the word's length (so the length leaks nothing); an initial stays.</summary>
    private static void AppendInitials(StringBuilder output, ReadOnlySpan<char> value)
    {
        int i = 0;
        while (i < value.Length)
        {
            if (!char.IsLetter(value[i]))
            {
                output.Append(char.IsWhiteSpace(value[i]) ? ' ' : value[i]);
                i++;
                continue;
            }

            int end = i;
            while (end < value.Length && (char.IsLetter(value[end]) || value[end] is '\'' or '’' or '-'))
            {
                end++;
            }

            output.Append(value[i]);
            if (end - i > 1)
            {
                output.Append("***");
            }

            i = end;
        }
    }

    private static void AppendEmail(StringBuilder output, ReadOnlySpan<char> value)
    {
        int at = value.LastIndexOf('@');
        if (at <= 0)
        {
            output.Append("***");
            return;
        }

        if (at > 1)
        {
            output.Append(value[0]);
        }

        output.Append("***").Append(value[at..]);
    }
}
