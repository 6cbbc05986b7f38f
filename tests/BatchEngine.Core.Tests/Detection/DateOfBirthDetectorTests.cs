using BatchEngine.Detection.Pii;

namespace BatchEngine.Tests.Detection;

public sealed class DateOfBirthDetectorTests
{
    [Theory]
    [InlineData("Date of birth: 03/14/1985", "03/14/1985")]
    [InlineData("DOB 1985-03-14, male", "1985-03-14")]
    [InlineData("D.O.B.: 14.03.1985", "14.03.1985")]
    [InlineData("She was born on March 14, 1985 in Ohio", "March 14, 1985")]
    [InlineData("born 14 March 1985", "14 March 1985")]
    [InlineData("Birth date: Mar. 4 1985", "Mar. 4 1985")]
    [InlineData("dob: 3/4/85", "3/4/85")]
    public void Finds_dates_after_a_birth_word(string text, string value)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, DateOfBirthFinder.Type));
        Assert.Equal(value, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("Meeting on 03/14/1985 in the office")]            // no birth word
    [InlineData("Date of birth: 13/13/1985")]                      // impossible month and day
    [InlineData("born in 1985")]                                   // a year is not a date
    [InlineData("Lincoln was born on February 12, 1809")]         // before 1900: history, not a living person's record
    [InlineData("Published 2019-05-01. The authors were born to write.")]
    public void Rejects_dates_without_birth_context_and_non_dates(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, DateOfBirthFinder.Type));
    }

    [Fact]
    public void Strong_birth_words_are_surer_than_born()
    {
        var strong = Assert.Single(DetectorHarness.Hits("Date of birth: 03/14/1985", DateOfBirthFinder.Type));
        var weak = Assert.Single(DetectorHarness.Hits("born 03/14/1985", DateOfBirthFinder.Type));
        Assert.True(strong.Confidence > weak.Confidence);
    }
}
