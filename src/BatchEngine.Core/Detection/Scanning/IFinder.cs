namespace BatchEngine.Detection.Scanning;

/// <summary>Finds one kind of evidence in a page's text in a single pass. Stateless and thread-safe.</summary>
internal interface IFinder
{
    /// <summary>Appends the hits in <paramref name="text"/> to <paramref name="found"/>.</summary>
    /// <param name="text">The page's text (or a slice of it when a snippet is masked).</param>
    /// <param name="page">1-based page number; 0 when scanning a slice for masking.</param>
    /// <param name="found">Receives the hits, offsets relative to <paramref name="text"/>.</param>
    void Find(ReadOnlySpan<char> text, int page, List<Finding> found);
}
