using System.Text.RegularExpressions;
using BatchEngine.Detection.Scanning;

namespace BatchEngine.Detection.Review;

/// <summary>
/// Finds comments that read like a reviewer's remarks on a draft: a request or a judgement about the text
/// ("Please clarify the sample size", "Typo here?", "I suggest moving this section", "not clear what this
/// means"). Each blank-line-separated comment is judged alone. Test strings, titles, links and notes that
/// only say what something is ("A text annotation should be displayed here", "TEST", "Source: ...") have
/// none of these cues and give nothing.
/// </summary>
internal sealed partial class ReviewRemarkFinder : IFinder
{
    public const string ReviewType = "DocKind:Review";

    // Fewer words than this is a label or a stamp, not a remark.
    private const int MinimumWords = 3;

    public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
    {
        var offset = 0;
        foreach (var comment in text.ToString().Split("\n\n"))
        {
            var cues = Cues(comment);
            if (cues > 0 && Word().Count(comment) >= MinimumWords)
            {
                var start = offset + (comment.Length - comment.TrimStart().Length);
                found.Add(new Finding(start, comment.Trim().Length, ReviewType, Math.Min(0.95, 0.7 + (0.1 * cues)), MaskStyle.None));
            }

            offset += comment.Length + 2;
        }
    }

    private static int Cues(string comment) =>
        (Request().IsMatch(comment) ? 1 : 0) + Judgement().Count(comment) + (Question().IsMatch(comment) ? 1 : 0);

    // A comment opening with a request to the author.
    [GeneratedRegex(@"^\s*(please|pls|consider|add|remove|delete|rephrase|reword|rewrite|clarify|cite|explain|expand|elaborate|shorten|revise|update|replace|define|verify|confirm|specify|move|cut|merge|split|discuss|mention|include|avoid|check|fix|drop)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Request();

    // Words a reviewer uses about a text, wherever they stand.
    [GeneratedRegex(@"\b(unclear|not clear|confusing|awkward|typo|grammar|wording|redundant|repetitive|citation needed|needs? (a |more )?(citation|reference|source|evidence|work|detail|details|clarification)|i (think|suggest|recommend|would|disagree|agree)|we (should|need to|could)|should we|could you|can you|would you|not sure|i'm not sure|tbd|reviewer|revision|suggest(ion|ed)?|recommend(ation)?|justify|weak argument|sample size|methodology)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Judgement();

    // A question put to the author ("Why only 2019?", "Source for this figure?").
    [GeneratedRegex(@"\b(why|what|how|where|which|who|is this|are these|does this|do we)\b[^?]{0,120}\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
