namespace BatchEngine.Reading;

/// <summary>A stretch of a page's text and where it came from.</summary>
/// <param name="Start">Character offset in the page's text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Origin">Where the stretch came from.</param>
public sealed record TextSegment(int Start, int Length, TextOrigin Origin)
{
    /// <summary>The offset just past the segment.</summary>
    public int End => Start + Length;
}
