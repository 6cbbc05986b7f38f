namespace BatchEngine.Reading;

/// <summary>Collects pages while keeping the character limit; both readers share it so the limits mean the same everywhere.</summary>
internal sealed class PageTextCollector(ReadingLimits limits)
{
    private readonly List<PageText> _pages = [];
    private int _characters;

    public IReadOnlyList<PageText> Pages => _pages;

    /// <summary>True once a page or the character limit stopped reading before the end.</summary>
    public bool Truncated { get; private set; }

    /// <summary>True when the page limit is reached and further pages must only be counted.</summary>
    public bool PageLimitReached => _pages.Count >= limits.MaxPages;

    /// <summary>True when no more text may be kept.</summary>
    public bool CharacterLimitReached => _characters >= limits.MaxCharacters;

    /// <summary>Adds a page, cutting its text at the character limit. Returns false when nothing more may be added.</summary>
    public bool Add(int number, string text) => Add(new PageText(number, text));

    /// <summary>Adds a page with its origins, cutting its text (and the segments past the cut) at the character limit.</summary>
    public bool Add(PageText page)
    {
        if (PageLimitReached || CharacterLimitReached)
        {
            Truncated = true;
            return false;
        }

        var room = limits.MaxCharacters - _characters;
        if (page.Text.Length > room)
        {
            page = Cut(page, room);
            Truncated = true;
        }

        _pages.Add(page);
        _characters += page.Text.Length;
        return !Truncated;
    }

    /// <summary>Marks that pages exist beyond those read.</summary>
    public void MarkTruncated() => Truncated = true;

    private static PageText Cut(PageText page, int room)
    {
        var text = CutWithoutSplittingSurrogates(page.Text, room);
        var segments = page.Segments
            .Where(s => s.Start < text.Length)
            .Select(s => s with { Length = Math.Min(s.Length, text.Length - s.Start) })
            .ToList();
        return new PageText(page.Number, text) { Segments = segments };
    }

    private static string CutWithoutSplittingSurrogates(string text, int length)
    {
        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
