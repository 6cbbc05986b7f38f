using BatchEngine.Tests.Support;
using Microsoft.Playwright;

namespace BatchEngine.Tests.Dashboard;

/// <summary>The corpus files the dashboard tests upload.</summary>
internal static class DashboardFiles
{
    /// <summary>Three small real PDFs: an invoice, a review article, a hotel invoice.</summary>
    public static readonly string[] ThreePdfs =
    [
        RepositoryPaths.CorpusFile("real/invoice2data_AmazonWebServices.pdf"),
        RepositoryPaths.CorpusFile("real/pdfjs_TAMReview.pdf"),
        RepositoryPaths.CorpusFile("real/invoice2data_oyo.pdf"),
    ];

    /// <summary>
    /// A batch that keeps one worker busy for seconds: copies of a 14-page paper under different names,
    /// so that a cancel or a dropped event stream lands while documents are still running or pending.
    /// </summary>
    public static FilePayload[] LongBatch(int copies)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.CorpusFile("real/pdfjs_tracemonkey.pdf"));
        return Enumerable.Range(1, copies)
            .Select(i => new FilePayload { Name = $"tracemonkey-{i:00}.pdf", MimeType = "application/pdf", Buffer = bytes })
            .ToArray();
    }
}
