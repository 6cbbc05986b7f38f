using BatchEngine.Isolation;
using BatchEngine.Processing;

namespace BatchEngine.Tests.Processing;

public sealed class DocumentErrorsTests
{
    [Fact]
    public void An_ordinary_error_reads_exception_type_colon_the_engines_message()
    {
        Assert.Equal("InvalidOperationException: Unable to extract content", DocumentErrors.Describe(new InvalidOperationException("stream /tmp/x/4f.part is gone")));
        Assert.Equal("InvalidOperationException: The classifier failed on this document", DocumentErrors.Describe(new InvalidOperationException("model timeout"), FailureStage.Classifying));
    }

    [Fact]
    public void A_single_aggregated_error_is_unwrapped()
    {
        // Its own message ("bad header") is not the engine's: clients see the engine's words (issue 15, item 12).
        var error = new AggregateException(new FormatException("bad header"));
        Assert.Equal("FormatException: Unable to extract content", DocumentErrors.Describe(error));
    }

    [Fact]
    public void An_isolation_failure_reads_as_its_own_kind_first()
    {
        var error = new ExtractionFailedException(ExtractionFailure.Crashed, "ExtractionCrashed: reader process exited with code 134 while reading page 3 (stack overflow)");
        Assert.Equal("ExtractionCrashed: reader process exited with code 134 while reading page 3 (stack overflow)", DocumentErrors.Describe(error));
    }
}
