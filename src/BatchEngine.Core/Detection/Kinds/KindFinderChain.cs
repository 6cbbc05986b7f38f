using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>The kind finders run one after another over the same text, as one finder, sharing one split into lines.</summary>
internal sealed class KindFinderChain(params IKindFinder[] finders) : IFinder
{
    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        List<TextLine> lines = page == 0 ? [] : TextLine.Split(text);
        foreach (IKindFinder finder in finders)
        {
            finder.Find(text, lines, page, found);
        }
    }
}
