using System.Text;

namespace BatchEngine.Reading;

/// <summary>
/// Builds one page's text from parts of different origins (text layer, OCR, form fields, notes...), keeping
/// each part's place in <see cref="PageText.Segments"/>. Parts are separated by a blank line, so a detector
/// never joins the end of one to the start of the next.
/// </summary>
public sealed class PageTextBuilder
{
    private const string Separator = "\n\n";

    private readonly StringBuilder _text = new();
    private readonly List<TextSegment> _segments = [];

    /// <summary>Characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>Appends a part; blank parts are left out.</summary>
    public PageTextBuilder Append(string? text, TextOrigin origin)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        if (_text.Length > 0)
        {
            _text.Append(Separator);
        }

        // Consecutive parts of one origin stay one segment (a body read paragraph by paragraph).
        if (_segments.Count > 0 && _segments[^1].Origin == origin && _segments[^1].End == _text.Length - Separator.Length)
        {
            _segments[^1] = _segments[^1] with { Length = _text.Length + text.Length - _segments[^1].Start };
        }
        else
        {
            _segments.Add(new TextSegment(_text.Length, text.Length, origin));
        }

        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Appends text inside the current part, with no separator (a tracked insertion within a sentence, the
    /// next run of a paragraph). Empty text is left out; white space is kept.
    /// </summary>
    public PageTextBuilder AppendInline(string? text, TextOrigin origin)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        if (_segments.Count > 0 && _segments[^1].Origin == origin && _segments[^1].End == _text.Length)
        {
            _segments[^1] = _segments[^1] with { Length = _segments[^1].Length + text.Length };
        }
        else
        {
            _segments.Add(new TextSegment(_text.Length, text.Length, origin));
        }

        _text.Append(text);
        return this;
    }

    /// <summary>Appends the parts of an existing page, keeping their origins.</summary>
    public PageTextBuilder Append(PageText page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var segment in page.Segments)
        {
            Append(page.Text.Substring(segment.Start, Math.Min(segment.Length, page.Text.Length - segment.Start)), segment.Origin);
        }

        return this;
    }

    /// <summary>The page: all text layer when every part was, otherwise with its segments.</summary>
    public PageText Build(int number)
    {
        var text = _text.ToString();
        return _segments.TrueForAll(s => s.Origin == TextOrigin.TextLayer)
            ? new PageText(number, text)
            : new PageText(number, text) { Segments = [.. _segments] };
    }
}
