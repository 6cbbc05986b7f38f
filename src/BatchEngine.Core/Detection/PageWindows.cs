namespace BatchEngine.Detection;

/// <summary>
/// Splits a long page's text into windows scanned one at a time, so a detector checks its cancellation token
/// every <see cref="WindowCharacters"/> characters instead of once per page (a text file is one page, and a
/// 5 MB one would otherwise run to its end after its document timed out). Each window overlaps its neighbours
/// by a margin, so a hit crossing a cut and the context words around a hit are still seen whole; a hit counts
/// only in the window where it starts between the cuts, so none is found twice. Cuts fall on whitespace.
/// Pages up to one window long are scanned whole, as before.
/// </summary>
internal static class PageWindows
{
    /// <summary>Characters between two cancellation checks.</summary>
    public const int WindowCharacters = 256 * 1024;

    /// <summary>How far a window reaches past its cuts: more than any hit or context window (a PEM key block is ~3 KB).</summary>
    public const int MarginCharacters = 8 * 1024;

    private const int CutSearchCharacters = 1024;

    /// <summary>The windows of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Window> Of(string text)
    {
        if (text.Length <= WindowCharacters + MarginCharacters)
        {
            yield return new Window(0, text.Length, 0, text.Length);
            yield break;
        }

        var keepFrom = 0;
        while (keepFrom < text.Length)
        {
            var keepTo = Cut(text, keepFrom + WindowCharacters);
            var start = Math.Max(0, keepFrom - MarginCharacters);
            var end = Math.Min(text.Length, keepTo + MarginCharacters);
            yield return new Window(start, end, keepFrom, keepTo);
            keepFrom = keepTo;
        }
    }

    // The last whitespace shortly before the nominal cut, so a word is rarely split; the nominal cut otherwise.
    private static int Cut(string text, int nominal)
    {
        if (nominal >= text.Length)
        {
            return text.Length;
        }

        var from = nominal - CutSearchCharacters;
        for (var i = nominal; i > from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return nominal;
    }

    /// <summary>Scan <c>[Start, End)</c>; keep the hits that start in <c>[KeepFrom, KeepTo)</c>.</summary>
    internal readonly record struct Window(int Start, int End, int KeepFrom, int KeepTo)
    {
        /// <summary>True for the window that holds the start of the page (headings are looked for only there).</summary>
        public bool IsFirst => Start == 0;

        public bool Keeps(int absoluteStart) => absoluteStart >= KeepFrom && absoluteStart < KeepTo;
    }
}
