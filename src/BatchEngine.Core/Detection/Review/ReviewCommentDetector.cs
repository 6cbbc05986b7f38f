using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Detection.Review;

/// <summary>
/// Reviewer comments (<c>DocKind:Review</c>): PDF sticky notes, pop-ups and free-text boxes, and Office
/// comments, where they read like remarks on a draft. Only text of those origins is read, so the body of a
/// document that talks about reviews gives nothing.
/// </summary>
internal sealed class ReviewCommentDetector(IOptions<DetectionOptions> options)
    : FindingDetector("review", new ReviewRemarkFinder(), options.Value, [TextOriginKind.Annotation, TextOriginKind.Comment]);
