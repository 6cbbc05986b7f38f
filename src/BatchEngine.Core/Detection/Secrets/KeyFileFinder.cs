using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Secrets;

/// <summary>
/// Private keys in the non-PEM forms (<c>Secret:PrivateKey</c>): PuTTY key files (<c>PuTTY-User-Key-File-2/3</c>
/// headers down to the <c>Private-MAC</c> line) and SSH2 (RFC 4716-style) private key blocks
/// (<c>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----</c>). PEM blocks of every kind are found by <see cref="SecretFinder"/>.
/// </summary>
internal sealed class KeyFileFinder : IFinder
{
    private const string PuttyHeader = "PuTTY-User-Key-File-";
    private const string PuttyEnd = "Private-MAC:";
    private const string Ssh2Begin = "---- BEGIN SSH2 ";
    private const string Ssh2End = "---- END SSH2 ";
    private const int MaxKeyFile = 16_384;

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        FindBlocks(text, PuttyHeader, PuttyEnd, requiredInHeader: null, found);
        FindBlocks(text, Ssh2Begin, Ssh2End, requiredInHeader: "PRIVATE KEY", found);
    }

    private static void FindBlocks(ReadOnlySpan<char> text, string begin, string end, string? requiredInHeader, List<Finding> found)
    {
        int position = 0;
        while (position < text.Length)
        {
            int index = text[position..].IndexOf(begin, StringComparison.Ordinal);
            if (index < 0)
            {
                return;
            }

            int start = position + index;
            int headerEnd = LineEnd(text, start);
            position = headerEnd;
            if (requiredInHeader is not null && text[start..headerEnd].IndexOf(requiredInHeader, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            int limit = Math.Min(text.Length, start + MaxKeyFile);
            int close = text[headerEnd..limit].IndexOf(end, StringComparison.Ordinal);
            int blockEnd = close < 0 ? limit : LineEnd(text, headerEnd + close);
            found.Add(new Finding(start, blockEnd - start, SecretFinder.PrivateKeyType, 0.99, MaskStyle.Redact));
            position = blockEnd;
        }
    }

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        int newline = text[from..].IndexOf('\n');
        return newline < 0 ? text.Length : from + newline;
    }
}
