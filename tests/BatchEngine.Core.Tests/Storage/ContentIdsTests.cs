using BatchEngine.Storage;

namespace BatchEngine.Tests.Storage;

public sealed class ContentIdsTests
{
    [Theory]
    [InlineData("0193a4b2-7c1d-7e3f-9a5b-1c2d3e4f5a6b")]
    [InlineData("job_1-A")]
    public void Letters_digits_dashes_and_underscores_pass(string id) => Assert.Equal(id, ContentIds.EnsureSafe(id, "jobId"));

    [Fact]
    public void An_id_of_the_maximum_length_passes_and_one_longer_is_refused()
    {
        Assert.Equal(ContentIds.MaxLength, ContentIds.EnsureSafe(new string('a', ContentIds.MaxLength), "docId").Length);
        Assert.Throws<ArgumentException>(() => ContentIds.EnsureSafe(new string('a', ContentIds.MaxLength + 1), "docId"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a.part")]
    [InlineData("é")]
    [InlineData("")]
    public void Anything_that_could_change_a_path_is_refused(string id)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => ContentIds.EnsureSafe(id, "docId"));
        Assert.Equal("docId", error.ParamName);
    }
}
