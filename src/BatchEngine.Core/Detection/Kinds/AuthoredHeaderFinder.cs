using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Kinds;

/// <summary>
/// An organisation's internal document header: near the top of the first page, a field naming who wrote or
/// owns the document (<c>Author:</c>, <c>Prepared by:</c>, <c>Owner:</c>) beside one placing it inside the
/// organisation (<c>Department:</c>, <c>Team:</c>, <c>Reviewed by:</c>, <c>Approved by:</c>, <c>Distribution:</c>,
/// <c>Version:</c>, <c>Status:</c>). Published documents name authors too, but not their department and version;
/// a government notice that carries such a header is told apart by <see cref="PublicNoticeFinder"/>.
/// </summary>
internal sealed class AuthoredHeaderFinder : IKindFinder
{
    private const int HeaderLines = 15;

    private static readonly LabelNames Authors = new("author", "authors", "prepared by", "owner", "document owner", "written by", "submitted by", "compiled by");
    private static readonly LabelNames Placement = new(
        "department", "dept", "team", "division", "business unit", "reviewed by", "approved by", "distribution", "audience", "version",
        "status", "classification", "project", "review date", "effective date");

    public void Find(ReadOnlySpan<char> text, List<TextLine> lines, int page, List<Finding> found)
    {
        if (page != 1)
        {
            return;
        }

        TextLine? author = null;
        bool placed = false;
        foreach (TextLine line in lines.Take(HeaderLines))
        {
            if (!line.HasLabel || line.ValueLength == 0)
            {
                continue;
            }

            ReadOnlySpan<char> label = line.Label(text);
            if (Authors.Contains(label))
            {
                author ??= line;
            }
            else
            {
                placed |= Placement.Contains(label);
            }
        }

        if (author is { } a && placed)
        {
            found.Add(new Finding(a.ContentStart, a.ContentLength, DocumentKinds.AuthoredRecord, 0.7, MaskStyle.None));
        }
    }
}
