using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// A finder of one kind of document. It reads the text's lines, which <see cref="KindFinderChain"/> splits once for
/// every kind finder (each used to split the page again: a third of the detector's allocations).
/// </summary>
internal interface IKindFinder
{
    /// <param name="text">The page, or a window of a long page.</param>
    /// <param name="lines">Every line of <paramref name="text"/>; empty for a later window (<paramref name="page"/> 0), which no kind finder reads.</param>
    /// <param name="page">The page number; 0 for a later window of a long page.</param>
    /// <param name="found">Where findings go.</param>
    void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found);
}
