namespace BatchEngine.Detection.Scanning;

/// <summary>
/// The one digit-scan loop of the number finders: walks the runs of ASCII digits of a text left to right,
/// jumping between them with a vectorised search. A finder that reads past a run (a grouped number, a date)
/// calls <see cref="SkipTo"/> so the next run is looked for after what it read.
/// </summary>
internal ref struct DigitRuns(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    /// <summary>The index of the current run's first digit.</summary>
    public int Start { get; private set; }

    /// <summary>The index after the current run's last digit.</summary>
    public int End { get; private set; }

    /// <summary>Moves to the next run; false when no digit is left.</summary>
    public bool MoveNext()
    {
        int index = _position < _text.Length ? _text[_position..].IndexOfAny(CharRules.Digits) : -1;
        if (index < 0)
        {
            _position = _text.Length;
            return false;
        }

        Start = _position + index;
        End = DigitRun.End(_text, Start);
        _position = End;
        return true;
    }

    /// <summary>Looks for the next run from <paramref name="position"/> on (never back before the current run's end).</summary>
    public void SkipTo(int position) => _position = Math.Max(_position, position);
}
