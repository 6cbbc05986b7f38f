using BatchEngine.Detection.Pii.Names;

namespace BatchEngine.Tests.Detection;

public sealed class PersonNameDetectorTests
{
    [Theory]
    [InlineData("Name: Simmons, Susan J.\nAddress: 12 Oak St", "Simmons, Susan J.")]
    [InlineData("Applicant Name: Susan J. Simmons", "Susan J. Simmons")]
    [InlineData("- **Patient Name**: Sarah Miller\n- **Date of Birth**: 1980-05-15", "Sarah Miller")]
    [InlineData("Employee: Jean-Luc O'Brien Date: 2024-01-01", "Jean-Luc O'Brien")]
    [InlineData("Prepared by Maria van der Berg, Finance", "Maria van der Berg")]
    [InlineData("Signature: ROBERT KING", "ROBERT KING")]
    [InlineData("From: Jane Doe <jane.doe@example.com>\nTo: Team", "Jane Doe")]
    [InlineData("We met Dr. Okafor yesterday.", "Okafor")]
    [InlineData("Dear Ms. Patel, thank you", "Patel")]
    [InlineData("Dear John,\nThanks for", "John")]
    [InlineData("Thanks again.\n\nKind regards,\nAmelia Hart\nHead of Sales", "Amelia Hart")]
    [InlineData("John Doe\njohn@example.com | 555-201-3344\nExperience", "John Doe")]
    public void Finds_names_that_structure_points_at(string text, string name)
    {
        var hit = Assert.Single(DetectorHarness.Hits(text, PersonNameFinder.Type));
        Assert.Equal(name, DetectorHarness.Covered(text, hit));
    }

    [Theory]
    [InlineData("Name: ____________  Date: ________")]            // a blank form
    [InlineData("Name: [NAME]")]                                   // a placeholder in brackets
    [InlineData("Table Of Contents\nExecutive Summary\nIntroduction")]
    [InlineData("To: All Staff\nFrom: Human Resources")]
    [InlineData("Dear Sir or Madam,")]
    [InlineData("Prepared by Acme Holdings Inc for the board")]
    [InlineData("The name of the file is Report Final")]          // "name" in prose, no colon
    [InlineData("We went there in March. Tuesday was cold.")]
    [InlineData("Sincerely,\nThe Customer Team")]
    [InlineData("Quarterly Results\nRevenue grew 12% in the quarter")] // a heading without contact details
    public void Rejects_non_names(string text)
    {
        Assert.Empty(DetectorHarness.Hits(text, PersonNameFinder.Type));
    }

    [Fact]
    public void Confidence_follows_the_cue()
    {
        var label = Assert.Single(DetectorHarness.Hits("Patient: Sarah Miller", PersonNameFinder.Type));
        var salutation = Assert.Single(DetectorHarness.Hits("Dear Sarah,", PersonNameFinder.Type));
        Assert.True(label.Confidence > salutation.Confidence);
    }

    [Fact]
    public void Snippet_shows_initials_only()
    {
        var hit = Assert.Single(DetectorHarness.Hits("Name: Simmons, Susan J.", PersonNameFinder.Type));
        Assert.Contains("S***, S*** J.", hit.Snippet);
        Assert.DoesNotContain("Simmons", hit.Snippet);
        Assert.DoesNotContain("Susan", hit.Snippet);
    }
}
