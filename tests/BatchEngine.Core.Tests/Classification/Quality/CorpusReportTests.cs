using System.Text.RegularExpressions;
using BatchEngine.Classification;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// Runs every readable real-world corpus PDF through the default detectors and the classifier, prints the
/// category distribution and every non-Public decision with its explanation, and checks what must hold for
/// public documents from open-source test suites: none is Unsafe, and no snippet shows an unmasked value.
/// </summary>
public sealed partial class CorpusReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_corpus_is_classified_with_evidence_and_no_false_unsafe()
    {
        var results = new List<(string File, string Kind, ClassificationResult Result)>();
        int unreadable = 0;
        foreach ((string file, string kind, string _) in CorpusFolder.RealDocuments())
        {
            ExtractedDocument document;
            try
            {
                document = PdfText.Extract(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "real", file)));
            }
            catch (Exception)
            {
                unreadable++; // encrypted or damaged: the reader's business, not the classifier's
                continue;
            }

            results.Add((file, kind, ClassifierHarness.Classify(document)));
        }

        output.WriteLine($"classified {results.Count}, unreadable by PdfPig {unreadable}");
        foreach (var group in results.GroupBy(r => r.Result.FinalCategory).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key,-16} {group.Count(),4}   review: {group.Count(r => r.Result.RequiresReview)}");
        }

        foreach (var (file, kind, result) in results.Where(r => r.Result.FinalCategory != SensitivityCategory.Public).OrderBy(r => r.Result.FinalCategory))
        {
            output.WriteLine($"- {file} [{kind}] -> {result.FinalCategory} ({result.Confidence:0.00}) {result.Explanation}");
        }

        Assert.True(results.Count >= 100, $"only {results.Count} corpus documents could be read");
        Assert.DoesNotContain(results, r => r.Result.FinalCategory == SensitivityCategory.Unsafe);
        foreach (var (file, _, result) in results)
        {
            Assert.InRange(result.Confidence, 0.0, 1.0);
            Assert.False(string.IsNullOrWhiteSpace(result.Explanation), file);
            foreach (var signal in result.RawSignals)
            {
                Assert.DoesNotMatch(UnmaskedNumber(), signal.Snippet);
            }
        }
    }

    /// <summary>Nine or more digits in a row, with or without separators: an unmasked SSN, card or account number.</summary>
    [GeneratedRegex(@"\d{3}[- ]?\d{2}[- ]?\d{4}\d*")]
    private static partial Regex UnmaskedNumber();
}
