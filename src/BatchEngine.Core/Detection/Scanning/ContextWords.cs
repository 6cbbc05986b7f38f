using System.Buffers;

namespace BatchEngine.Detection.Scanning;

/// <summary>
/// A set of context words ("ssn", "card number", "how to") looked for near a hit. A word counts when it
/// starts at a word boundary, so "tel" matches "tel:" and "telephone" but not "hotel".
/// </summary>
internal sealed class ContextWords
{
    private readonly SearchValues<string>? _words;

    public ContextWords(IEnumerable<string> words)
    {
        string[] cleaned = words
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        _words = cleaned.Length == 0 ? null : SearchValues.Create(cleaned, StringComparison.OrdinalIgnoreCase);
    }

    public bool IsEmpty => _words is null;

    /// <summary>True when a word stands within <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    public bool Before(ReadOnlySpan<char> text, int start, int window) =>
        Contains(text, Math.Max(0, start - window), start);

    /// <summary>True when a word stands within <paramref name="window"/> characters before or after the hit.</summary>
    public bool Around(ReadOnlySpan<char> text, int start, int end, int window) =>
        Contains(text, Math.Max(0, start - window), start) || Contains(text, end, Math.Min(text.Length, end + window));

    /// <summary>
    /// True when a word stands anywhere in <paramref name="text"/>. A finder whose every hit needs one of these words
    /// before it asks first, so a page without them is not scanned number by number.
    /// </summary>
    public bool AnyIn(ReadOnlySpan<char> text) => Contains(text, 0, text.Length);

    /// <summary>True when a word stands anywhere in [<paramref name="from"/>, <paramref name="to"/>), clamped to the text.</summary>
    public bool Within(ReadOnlySpan<char> text, int from, int to) =>
        Contains(text, Math.Max(0, from), Math.Min(text.Length, to));

    private bool Contains(ReadOnlySpan<char> text, int from, int to)
    {
        if (_words is null || to <= from)
        {
            return false;
        }

        int position = from;
        while (position < to)
        {
            int index = text[position..to].IndexOfAny(_words);
            if (index < 0)
            {
                return false;
            }

            int absolute = position + index;
            if (CharRules.IsWordStart(text, absolute))
            {
                return true;
            }

            position = absolute + 1;
        }

        return false;
    }
}
