using BatchEngine.Classification;
using BatchEngine.Reading;
using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>
/// No published document of the shared corpus (kinds the MANIFEST calls paper, book, manual, standard, notice,
/// article, brochure, datasheet, newsletter, leaflet or advert) is raised above Public by prose: a paper that
/// discusses confidentiality, an RFC that defines confidential messages or a guideline that prints a phone number
/// stays Public. Documents without extractable text are left out (they go to review by design).
/// </summary>
public sealed class PublishedCorpusTests
{
    private static readonly HashSet<string> PublishedKinds = new(StringComparer.Ordinal)
    {
        "paper", "book", "manual", "standard", "notice", "article", "brochure", "datasheet", "newsletter", "leaflet", "advert",
    };

    [Fact]
    public void Published_corpus_documents_stay_public()
    {
        var raised = new List<string>();
        int checkedDocuments = 0;
        foreach ((string file, string kind, string _) in CorpusFolder.RealDocuments().Where(d => PublishedKinds.Contains(d.Kind)))
        {
            ExtractedDocument document;
            try
            {
                document = PdfText.Extract(File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "real", file)));
            }
            catch (Exception)
            {
                continue; // encrypted or damaged: the reader's business
            }

            if (document.Pages.All(p => string.IsNullOrWhiteSpace(p.Text)))
            {
                continue;
            }

            checkedDocuments++;
            ClassificationResult result = ClassifierHarness.Classify(document);
            if (result.FinalCategory != SensitivityCategory.Public)
            {
                raised.Add($"{file} ({kind}): {result.FinalCategory} - {result.Explanation}");
            }
        }

        Assert.True(checkedDocuments >= 25, $"only {checkedDocuments} published documents were read");
        Assert.True(raised.Count == 0, string.Join(Environment.NewLine, raised));
    }
}
