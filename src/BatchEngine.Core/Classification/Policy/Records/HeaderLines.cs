namespace BatchEngine.Classification.Policy.Records;

/// <summary>
/// Sender and recipient lines of an e-mail or memo header (<c>From:</c>, <c>To:</c>, <c>Cc:</c>, <c>Reply-To:</c>):
/// the policy reads them as the correspondence's addressing, not as a person's record, so the name and address
/// on such a line do not make the document Highly Sensitive by themselves.
/// </summary>
internal static class HeaderLines
{
    private static readonly string[] Labels = ["from:", "to:", "cc:", "bcc:", "reply-to:", "sender:", "return-path:", "delivered-to:", "envelope-to:", "sent by:"];

    public static bool IsOn(string text, int position)
    {
        if (position < 0 || position > text.Length)
        {
            return false;
        }

        int lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        ReadOnlySpan<char> line = text.AsSpan(lineStart, position - lineStart).TrimStart(" \t*>-");
        foreach (string label in Labels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
