using BatchEngine.Detection;
using BatchEngine.Detection.Review;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Detection;

/// <summary>Reviewer remarks in comments and annotations give DocKind:Review; other text and other notes do not.</summary>
public sealed class ReviewCommentDetectorTests
{
    private static readonly ReviewCommentDetector Detector = new(Options.Create(new DetectionOptions()));

    [Theory]
    [InlineData("Please clarify how the sample size was chosen.")]
    [InlineData("This paragraph is unclear to me, can you rephrase it?")]
    [InlineData("I suggest moving the budget table to the appendix.")]
    [InlineData("Why only the 2019 cohort? Needs a reference.")]
    public async Task Remarks_on_a_draft_are_review_evidence_with_their_origin(string remark)
    {
        var page = new PageTextBuilder()
            .Append("Project proposal: a study of river sediment.", TextOrigin.TextLayer)
            .Append(remark, new TextOrigin(TextOriginKind.Comment))
            .Build(1);

        var signal = Assert.Single(await Detector.DetectAsync(Document(page), CancellationToken.None));

        Assert.Equal("DocKind:Review", signal.Type);
        Assert.Equal("comment", signal.Origin);
        Assert.Equal(remark, page.Text.Substring(signal.Start, signal.Length));
    }

    [Theory]
    [InlineData("A text annotation should be displayed here")]
    [InlineData("TEST")]
    [InlineData("this is a text anotation")]
    [InlineData("Source: https://developer.mozilla.org/en-US/docs/Mozilla_automated_testing")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")]
    public async Task Notes_that_are_no_remarks_give_nothing(string note)
    {
        var page = new PageTextBuilder().Append(note, new TextOrigin(TextOriginKind.Annotation)).Build(1);

        Assert.Empty(await Detector.DetectAsync(Document(page), CancellationToken.None));
    }

    [Fact]
    public async Task The_body_of_a_document_is_not_read_as_comments()
    {
        var page = new PageText(1, "Please clarify how the sample size was chosen. I suggest a pilot.");

        Assert.Empty(await Detector.DetectAsync(Document(page), CancellationToken.None));
    }

    private static ExtractedDocument Document(PageText page) => new() { Pages = [page], PageCount = 1, MediaType = "text/plain" };
}
