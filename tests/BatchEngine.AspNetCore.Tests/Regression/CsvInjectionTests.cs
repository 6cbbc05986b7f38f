using BatchEngine.AspNetCore.Export;
using BatchEngine.Jobs;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 11: only a cell's first character was checked, so a file name or tag list holding <c>;</c>
/// (the separator of many locales' spreadsheets) carried a formula past it, and the joined tags were not
/// neutralised one by one. Now such cells are quoted and every piece after a <c>;</c> is neutralised.
/// </summary>
public sealed class CsvInjectionTests
{
    [Fact]
    public void A_file_name_and_tags_that_hide_formulas_behind_semicolons_are_quoted_and_neutralised()
    {
        var row = new ResultRow
        {
            DocId = "d1",
            FileName = "report;=HYPERLINK(\"http://x\");@SUM(1).pdf",
            Status = DocumentStatus.Completed,
            FinalCategory = null,
            Confidence = 0.5,
            SecondaryTags = ["Internal", "=cmd|' /C calc'!A0", "+1", "-2", "@x", "\tTab"],
            RequiresReview = false,
            ReviewedLabel = null,
            Error = null,
        };

        var fields = CsvResultWriter.Line(row);

        Assert.Contains("\"report;'=HYPERLINK(\"\"http://x\"\");'@SUM(1).pdf\"", fields, StringComparison.Ordinal);
        Assert.Contains("\"Internal;'=cmd|' /C calc'!A0;'+1;'-2;'@x;'\tTab\"", fields, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("plain.pdf", "plain.pdf")]
    public void Each_cell_is_quoted_when_it_holds_a_separator_and_neutralised_when_it_starts_a_formula(string value, string written)
    {
        Assert.Equal(written, CsvField.Text(value));
    }
}
