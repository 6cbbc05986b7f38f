using BatchEngine.Classification;
using BatchEngine.Classification.Policy;
using BatchEngine.Detection;
using BatchEngine.Detection.Scanning;
using BatchEngine.Reading;
using Microsoft.Extensions.Options;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 7: detectors checked their token only between pages, and a text file is one page, so a
/// timed-out 5 MB text ran through every detector to its end. Now a long page is scanned in windows with a check
/// between them, and the classifier checks between its steps.
/// </summary>
public sealed class InPageCancellationTests
{
    [Fact]
    public async Task A_detector_stops_inside_a_one_page_text_of_a_megabyte_once_its_token_fires()
    {
        using var cancel = new CancellationTokenSource();
        var finder = new CancellingFinder(cancel);
        var detector = new TestFindingDetector(finder);
        var page = new string('a', 1_000_000);
        var document = new ExtractedDocument { Pages = [new PageText(1, page)], PageCount = 1, MediaType = "text/plain" };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => detector.DetectAsync(document, cancel.Token).AsTask());

        Assert.Equal(1, finder.Calls); // the first window ran, then the cancellation was seen
    }

    [Fact]
    public async Task Windowed_scanning_finds_every_hit_of_a_long_page_once_with_page_offsets()
    {
        var detector = new EmailDetectorForTest();
        var line = "Write to someone@example.org about it.\n";
        var page = string.Concat(Enumerable.Repeat(line, 30_000)); // ~1.2 MB, several windows
        var document = new ExtractedDocument { Pages = [new PageText(1, page)], PageCount = 1, MediaType = "text/plain" };

        var signals = await detector.DetectAsync(document, CancellationToken.None);

        Assert.Equal(30_000, signals.Count);
        Assert.Equal(30_000, signals.Select(s => s.Start).Distinct().Count());
        Assert.All(signals, s => Assert.Equal("someone@example.org", page.Substring(s.Start, s.Length)));
    }

    [Fact]
    public async Task The_policy_classifier_honours_a_cancelled_token()
    {
        var classifier = new PolicyClassifier(Options.Create(new ClassificationOptions()));
        var document = new ExtractedDocument { Pages = [new PageText(1, "Quarterly notes.")], PageCount = 1, MediaType = "text/plain" };
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => classifier.ClassifyAsync("doc", document, [], cancel.Token).AsTask());
    }

    private sealed class CancellingFinder(CancellationTokenSource cancel) : IFinder
    {
        public int Calls { get; private set; }

        public void Find(ReadOnlySpan<char> text, int page, List<Finding> found)
        {
            Calls++;
            cancel.Cancel(); // as a document timeout firing while the page is scanned
        }
    }

    private sealed class TestFindingDetector(IFinder finder) : FindingDetector("test", finder, new DetectionOptions());

    private sealed class EmailDetectorForTest() : FindingDetector("pii", new BatchEngine.Detection.Pii.EmailFinder(60), new DetectionOptions());
}
