using System.Globalization;
using BatchEngine.Classification;
using BatchEngine.Reading;
using BatchEngine.Tests.Detection;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// Per-category precision and recall of the default detectors and policy classifier on the labelled set
/// (64 text documents and 12 PDFs), printed, and held above the floors written in docs/classification-quality.md.
/// </summary>
public sealed class LabelledSetQualityTests(ITestOutputHelper output)
{
    /// <summary>
    /// Floors, per category: (precision, recall). Unsafe precision is held highest, because a false "Unsafe"
    /// on a security paper or a news report is the costliest mistake; recall floors leave room for the documents
    /// in the set that no pattern can see (a passport number, an unmarked salary table, a veiled threat).
    /// </summary>
    private static readonly Dictionary<SensitivityCategory, (double Precision, double Recall)> Floors = new()
    {
        [SensitivityCategory.Public] = (0.85, 0.90),
        [SensitivityCategory.Confidential] = (0.85, 0.85),
        [SensitivityCategory.HighlySensitive] = (0.90, 0.85),
        [SensitivityCategory.Unsafe] = (0.95, 0.85),
    };

    [Fact]
    public void Labelled_set_meets_the_precision_and_recall_floors()
    {
        Assert.True(LabelledTexts.All.Length >= 60);
        Assert.True(LabelledPdfs.All.Length >= 10);
        var outcomes = new List<(LabelledDocument Document, ClassificationResult Result)>();
        foreach (LabelledDocument document in LabelledTexts.All)
        {
            outcomes.Add((document, ClassifierHarness.Classify(DetectorHarness.Document(document.Pages))));
        }

        foreach (LabelledDocument document in LabelledPdfs.All)
        {
            ExtractedDocument extracted = PdfText.Extract(LabelledPdfs.Write(document));
            Assert.Equal(document.Pages.Length, extracted.PageCount);
            outcomes.Add((document, ClassifierHarness.Classify(extracted)));
        }

        foreach (var (document, result) in outcomes.Where(o => o.Result.FinalCategory != o.Document.Expected))
        {
            output.WriteLine($"miss: {document.Name}: expected {document.Expected}, got {result.FinalCategory} - {result.Explanation}");
        }

        var failures = new List<string>();
        output.WriteLine($"{"category",-16} {"precision",9} {"recall",7} {"support",7}");
        foreach (var (category, floor) in Floors)
        {
            int truePositives = outcomes.Count(o => o.Document.Expected == category && o.Result.FinalCategory == category);
            int predicted = outcomes.Count(o => o.Result.FinalCategory == category);
            int actual = outcomes.Count(o => o.Document.Expected == category);
            double precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            double recall = actual == 0 ? 0 : (double)truePositives / actual;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-16} {precision,9:0.000} {recall,7:0.000} {actual,7}"));
            if (precision < floor.Precision || recall < floor.Recall)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{category}: precision {precision:0.000} (floor {floor.Precision}), recall {recall:0.000} (floor {floor.Recall})"));
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [Fact]
    public void Pdf_citations_point_to_the_page_holding_the_evidence()
    {
        LabelledDocument hrFile = LabelledPdfs.All.Single(d => d.Name == "pdf-hr-file");
        ClassificationResult result = ClassifierHarness.Classify(PdfText.Extract(LabelledPdfs.Write(hrFile)));
        Assert.Equal(SensitivityCategory.HighlySensitive, result.FinalCategory);
        Assert.Equal(2, result.Citations[0].Page);
        Assert.Contains("***-**-8745", result.Citations[0].Snippet);
        Assert.Contains("on page 2", result.Explanation);
    }
}
