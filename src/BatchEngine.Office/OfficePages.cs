using BatchEngine.Reading;

namespace BatchEngine.Office;

/// <summary>
/// The pages of one Office document as they are read, within the engine's page and character limits
/// (<see cref="BatchEngineOptions.MaxPages"/>, <see cref="BatchEngineOptions.MaxExtractedCharacters"/>).
/// </summary>
internal sealed class OfficePages(BatchEngineOptions options)
{
    private readonly List<PageText> _pages = [];
    private int _characters;

    public IReadOnlyList<PageText> Pages => _pages;

    /// <summary>Pages seen, read or not.</summary>
    public int Count { get; private set; }

    public bool Truncated { get; private set; }

    /// <summary>True once no more text may be kept: readers stop walking their parts.</summary>
    public bool Full => _pages.Count >= options.MaxPages || _characters >= options.MaxExtractedCharacters;

    /// <summary>Characters the next page may still hold.</summary>
    public int Room => Math.Max(0, options.MaxExtractedCharacters - _characters);

    public void Add(PageTextBuilder page)
    {
        Count++;
        if (Full)
        {
            Truncated = true;
            return;
        }

        var built = page.Build(_pages.Count + 1);
        if (built.Text.Length > Room)
        {
            built = new PageText(built.Number, built.Text[..Room])
            {
                Segments = [.. built.Segments.Where(s => s.Start < Room).Select(s => s with { Length = Math.Min(s.Length, Room - s.Start) })],
            };
            Truncated = true;
        }

        _pages.Add(built);
        _characters += built.Text.Length;
    }

    /// <summary>Counts pages that exist but were not read.</summary>
    public void Skip(int pages)
    {
        Count += pages;
        Truncated |= pages > 0;
    }
}
