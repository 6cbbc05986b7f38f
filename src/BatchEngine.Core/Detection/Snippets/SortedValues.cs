using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Snippets;

/// <summary>A page's values sorted by start, so the few around one snippet are found by a binary search.</summary>
internal sealed class SortedValues
{
    private readonly Finding[] _values;
    private readonly int _longest;

    public SortedValues(Finding[] values)
    {
        Array.Sort(values, ByStartLongerFirst);
        _values = values;
        foreach (Finding value in values)
        {
            _longest = Math.Max(_longest, value.Length);
        }
    }

    /// <summary>Sorts by start, the longer first at one start.</summary>
    public static Comparison<Finding> ByStartLongerFirst { get; } =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    /// <summary>Appends the values that overlap <c>[from, to)</c>, in order.</summary>
    public void AddOverlapping(int from, int to, List<Finding> output)
    {
        // No value starting before from - longest can reach the window.
        int lowest = from - _longest;
        int low = 0;
        int high = _values.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_values[middle].Start < lowest)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (int i = low; i < _values.Length && _values[i].Start < to; i++)
        {
            if (_values[i].End > from)
            {
                output.Add(_values[i]);
            }
        }
    }
}
