using System.Text;
using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Harness;
using BatchEngine.Detection;
using BatchEngine.Detection.Phrases;
using BatchEngine.Detection.Safety;
using BatchEngine.Reading;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;

namespace BatchEngine.Benchmarks.Detection;

/// <summary>
/// Megabytes per second of the unsafe-content detector (trigger scan, grammar and model, document judgement) on
/// the corpus text, on one thread, beside the marker detector (a phrase-list detector of the old shape) as the
/// baseline. MB counts the text's UTF-8 bytes (10^6 bytes per MB).
/// </summary>
public class UnsafeContentBenchmarks
{
    private IReadOnlyList<ExtractedDocument> _documents = [];
    private IDetector _unsafe = null!;
    private IDetector _markers = null!;

    [GlobalSetup]
    public void Setup()
    {
        IOptions<DetectionOptions> options = Options.Create(new DetectionOptions());
        _unsafe = new UnsafeContentDetector(options);
        _markers = new MarkerDetector(options);
        _documents = [.. CorpusText.Documents.Select(d => d.Extracted)];
        UnitsOfWork.Publish(this, "MB", _documents.SelectMany(d => d.Pages).Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text)) / 1e6);
    }

    [Benchmark(Baseline = true)]
    public Task<int> Markers() => Scan(_markers);

    [Benchmark]
    public Task<int> UnsafeContent() => Scan(_unsafe);

    private async Task<int> Scan(IDetector detector)
    {
        int signals = 0;
        foreach (ExtractedDocument document in _documents)
        {
            signals += (await detector.DetectAsync(document, CancellationToken.None).ConfigureAwait(false)).Count;
        }

        return signals;
    }
}
