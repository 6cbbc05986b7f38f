namespace BatchEngine.Detection.Scanning;

/// <summary>Several finders run one after another over the same text, as one finder (one detector, one snippet pass).</summary>
internal sealed class FinderChain(params IFinder[] finders) : IFinder
{
    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        foreach (IFinder finder in finders)
        {
            finder.Find(text, page, found);
        }
    }
}
