using BatchEngine.Detection.Safety.Lexicon;

namespace BatchEngine.Tests.Detection.Safety;

/// <summary>
/// The lexicon undoes one dropped letter or two swapped neighbours of a listed hostile or group word, and nothing else;
/// the swaps are looked up in a table built once, so these pin what the letter-by-letter search it replaced answered.
/// </summary>
public sealed class SafetyLexiconCorrectionTests
{
    private static readonly SafetyLexicon Lexicon = SafetyLexicon.Parse("""
        [hate]
        despise, loathe
        [group]
        women
        [common]
        table
        """);

    [Theory]
    [InlineData("despsie", "despise")]
    [InlineData("edspise", "despise")]
    [InlineData("loahte", "loathe")]
    [InlineData("wmoen", "women")]
    [InlineData("despse", "despise")]
    [InlineData("womn", "women")]
    public void A_swapped_or_dropped_letter_of_a_listed_word_is_corrected(string misspelt, string listed) =>
        Assert.Equal(listed, Lexicon.Correct(misspelt));

    [Theory]
    [InlineData("tabel")] // a common word is not hostile: never a correction target
    [InlineData("despite")] // one letter changed, not dropped or swapped
    [InlineData("wom")] // too short to correct
    [InlineData("sdepise")]
    public void Anything_else_is_left_alone(string word) => Assert.Null(Lexicon.Correct(word));

    [Fact]
    public void Where_two_listed_words_swap_to_one_spelling_the_swap_nearer_the_start_wins()
    {
        // "bacd" is "abcd" with its first two letters swapped and "badc" with its last two.
        var lexicon = SafetyLexicon.Parse("""
            [hate]
            badc, abcd
            """);

        Assert.Equal("abcd", lexicon.Correct("bacd"));
    }

    [Fact]
    public void The_trigger_scan_is_given_every_swapped_spelling_that_is_not_itself_a_word()
    {
        var misspellings = Lexicon.Misspellings().ToHashSet(StringComparer.Ordinal);

        Assert.Contains("edspise", misspellings);
        Assert.Contains("despsie", misspellings);
        Assert.Contains("womn", misspellings);
        Assert.DoesNotContain("despise", misspellings);
        Assert.DoesNotContain("tabel", misspellings);
    }
}
