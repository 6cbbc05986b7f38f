using System.Text;
using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Benchmarks.Harness;
using BatchEngine.Detection;
using BatchEngine.Reading;
using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.Detection;

/// <summary>
/// Megabytes per second of the default detectors, all together and one by one, on one thread (so the
/// figure is per core). One operation scans every document of the text once; MB counts the text's
/// UTF-8 bytes (10^6 bytes per MB). Every operation scans fresh copies of the pages (see <see cref="Scan"/>).
/// </summary>
public class DetectorBenchmarks
{
    /// <summary>The whole default set, in registration order, as the pipeline runs it.</summary>
    public const string AllDetectors = "(all)";

    private const int GeneratedChars = 4_000_000;

    private IReadOnlyList<IDetector> _detectors = [];
    private IReadOnlyList<ExtractedDocument> _documents = [];

    [ParamsSource(nameof(DetectorNames))]
    public string Detector { get; set; } = AllDetectors;

    [Params(TextSource.Corpus, TextSource.GeneratedPii)]
    public TextSource Text { get; set; }

    public static IEnumerable<string> DetectorNames()
    {
        using var engine = new EngineServices();
        return [AllDetectors, .. engine.Detectors.Select(d => d.Name)];
    }

    [GlobalSetup]
    public void Setup()
    {
        using (var engine = new EngineServices())
        {
            var all = engine.Detectors;
            _detectors = Detector == AllDetectors ? all : [.. all.Where(d => d.Name == Detector)];
        }

        _documents = Text == TextSource.Corpus
            ? [.. CorpusText.Documents.Select(d => d.Extracted)]
            : PiiTextGenerator.Create(GeneratedChars);
        var bytes = _documents.SelectMany(d => d.Pages).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        UnitsOfWork.Publish(this, "MB", bytes / 1e6);
    }

    [Benchmark]
    public async Task<int> Scan()
    {
        var signals = 0;
        foreach (var read in _documents)
        {
            // Each document the engine reads is new; the value detectors share what they find per page text, so a
            // document scanned again must be a fresh copy or the operation would measure a cache. The copy is timed
            // and allocated with the scan (about 2 bytes per character of text).
            var document = Fresh(read);
            foreach (var detector in _detectors)
            {
                signals += (await detector.DetectAsync(document, CancellationToken.None).ConfigureAwait(false)).Count;
            }
        }

        return signals;
    }

    private static ExtractedDocument Fresh(ExtractedDocument document) =>
        document with { Pages = [.. document.Pages.Select(p => p with { Text = new string(p.Text) })] };
}
