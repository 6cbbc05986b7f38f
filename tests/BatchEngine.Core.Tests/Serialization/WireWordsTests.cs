using System.Text.Json;
using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Serialization;
using Xunit;

namespace BatchEngine.Tests.Serialization;

public sealed class WireWordsTests
{
    [Theory]
    [InlineData(SensitivityCategory.Public, "Public")]
    [InlineData(SensitivityCategory.Confidential, "Confidential")]
    [InlineData(SensitivityCategory.HighlySensitive, "Highly Sensitive")]
    [InlineData(SensitivityCategory.Unsafe, "Unsafe")]
    public void A_category_has_the_references_word_in_json_and_in_every_other_place(SensitivityCategory category, string word)
    {
        Assert.Equal($"\"{word}\"", JsonSerializer.Serialize(category));
        Assert.Equal(word, WireWords.Of(category));
        Assert.Equal(category, WireWords.ParseCategory($"  {word.ToUpperInvariant()} "));
    }

    [Fact]
    public void Job_and_document_statuses_share_their_words_with_json()
    {
        foreach (var status in Enum.GetValues<JobStatus>())
        {
            Assert.Equal($"\"{WireWords.Of(status)}\"", JsonSerializer.Serialize(status));
            Assert.Equal(status, WireWords.ParseJobStatus(WireWords.Of(status)));
        }

        foreach (var status in Enum.GetValues<DocumentStatus>())
        {
            Assert.Equal($"\"{WireWords.Of(status)}\"", JsonSerializer.Serialize(status));
        }

        Assert.Equal(["pending", "processing", "completed", "failed", "cancelled"], WireWords.Statuses);
    }

    [Fact]
    public void An_unknown_word_reads_as_none()
    {
        Assert.Null(WireWords.ParseCategory("Secret"));
        Assert.Null(WireWords.ParseCategory(null));
        Assert.Null(WireWords.ParseJobStatus("done"));
    }
}
