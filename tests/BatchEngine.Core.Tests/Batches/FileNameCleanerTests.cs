using BatchEngine.Batches;

namespace BatchEngine.Tests.Batches;

public sealed class FileNameCleanerTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf")]
    [InlineData("C:\\Users\\ann\\Desktop\\memo.pdf", "memo.pdf")]
    [InlineData("/var/tmp/../x.pdf", "x.pdf")]
    [InlineData("..", "document")]
    [InlineData("../..", "document")]
    [InlineData("dir/", "document")]
    [InlineData("", "document")]
    [InlineData("   ", "document")]
    [InlineData("  spaced name.pdf  ", "spaced name.pdf")]
    [InlineData("bad\u0000na\u0007me\r\n.pdf", "badname.pdf")]
    [InlineData("\u202Egpj.exe", "gpj.exe")]
    [InlineData("résumé 2025.pdf", "résumé 2025.pdf")]
    [InlineData("📄 notes 👩‍💻.pdf", "📄 notes 👩‍💻.pdf")]
    [InlineData("..hidden.pdf", "..hidden.pdf")]
    public void Cleans_a_file_name_for_display(string given, string expected) =>
        Assert.Equal(expected, FileNameCleaner.Clean(given));

    [Fact]
    public void A_null_name_gets_the_fallback() => Assert.Equal(FileNameCleaner.FallbackName, FileNameCleaner.Clean(null));

    [Fact]
    public void A_300_character_name_is_cut_to_255() =>
        Assert.Equal(new string('a', 255), FileNameCleaner.Clean(new string('a', 300)));

    [Fact]
    public void Cutting_never_splits_an_emoji()
    {
        // 254 letters then an emoji (a surrogate pair) crossing the 255th char: the whole emoji goes.
        var name = new string('a', 254) + "😀" + "tail.pdf";

        var cleaned = FileNameCleaner.Clean(name);

        Assert.Equal(new string('a', 254), cleaned);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }

    [Fact]
    public void An_emoji_that_fits_is_kept_whole()
    {
        var name = new string('a', 253) + "😀" + "tail.pdf";

        var cleaned = FileNameCleaner.Clean(name);

        Assert.Equal(255, cleaned.Length);
        Assert.EndsWith("😀", cleaned, StringComparison.Ordinal);
    }
}
