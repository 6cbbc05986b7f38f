namespace BatchEngine.Reading;

/// <summary>The text of one page, in reading order.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text.</param>
public sealed record PageText(int Number, string Text)
{
    private readonly IReadOnlyList<TextSegment>? _segments;

    /// <summary>
    /// Where each stretch of <see cref="Text"/> came from, in order. Unless a reader sets it, the whole page is
    /// one <see cref="TextOriginKind.TextLayer"/> segment. Text between segments (separators) belongs to none.
    /// </summary>
    public IReadOnlyList<TextSegment> Segments
    {
        get => _segments ?? [new TextSegment(0, Text.Length, TextOrigin.TextLayer)];
        init => _segments = value;
    }

    /// <summary>The origin of the character at <paramref name="offset"/>: the segment holding it, else the last one before it.</summary>
    public TextOrigin OriginAt(int offset)
    {
        if (_segments is null)
        {
            return TextOrigin.TextLayer;
        }

        TextOrigin origin = _segments.Count > 0 ? _segments[0].Origin : TextOrigin.TextLayer;
        foreach (var segment in _segments)
        {
            if (segment.Start > offset)
            {
                break;
            }

            origin = segment.Origin;
        }

        return origin;
    }
}
