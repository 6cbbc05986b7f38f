using BatchEngine.Isolation;
using BatchEngine.Isolation.Child;
using BatchEngine.Tests.Isolation;
using BatchEngine.Tests.Reading;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 15: a <c>PageStarted</c> frame too short to decode threw past the protocol's catch, and the
/// slot kept its child, which was still mid-answer: the next document read in that slot got the previous one's
/// answer. Now any protocol error kills the child.
/// </summary>
public sealed class ShortFrameProtocolTests
{
    [Fact]
    public async Task A_short_page_frame_is_a_protocol_error_and_the_next_document_gets_its_own_answer_from_a_fresh_child()
    {
        await using var pool = IsolationTestKit.Pool(size: 1);

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() =>
            IsolationTestKit.ReadAsync(pool, ExtractionFaults.DocumentWith(ExtractionFault.ShortPageFrame)));
        var next = await IsolationTestKit.ReadAsync(pool, Corpus.Bytes("real/pdfjs_tracemonkey.pdf"));

        Assert.Equal(ExtractionFailure.ProtocolError, error.Failure);
        Assert.StartsWith("ExtractionProtocolError: the reader process wrote an invalid response (an undecodable PageStarted frame of 1 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(14, next.PageCount);
        Assert.True(pool.ProcessesKilled >= 1);
    }
}
