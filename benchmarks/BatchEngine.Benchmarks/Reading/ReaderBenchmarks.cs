using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Benchmarks.Harness;
using BatchEngine.Reading;
using BenchmarkDotNet.Attributes;

namespace BatchEngine.Benchmarks.Reading;

/// <summary>
/// Pages per second extracting the corpus with the engine's PdfPig reader, one document at a time on
/// one thread, in process (the baseline) and through the isolated extraction pool: Ratio - 1 is the
/// overhead of isolation. One operation reads every corpus file that reads without error.
/// </summary>
[InvocationCount(1)]
public class ReaderBenchmarks
{
    private EngineServices _inProcess = null!;
    private EngineServices _isolated = null!;
    private IReadOnlyList<CorpusFile> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var documents = CorpusText.Documents;
        _files = [.. documents.Select(d => d.File)];
        UnitsOfWork.Publish(this, "pages", documents.Sum(d => d.Extracted.Pages.Count));
        _inProcess = new EngineServices(ReadingMode.InProcess.Configure);
        _isolated = new EngineServices(ReadingMode.Isolated.Configure);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _inProcess.Dispose();
        _isolated.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> InProcess() => ReadAllAsync(_inProcess);

    [Benchmark]
    public Task<int> Isolated() => ReadAllAsync(_isolated);

    private async Task<int> ReadAllAsync(EngineServices engine)
    {
        var pages = 0;
        foreach (var file in _files)
        {
            IDocumentReader reader = engine.ReaderFor(file.Bytes)!;
            using var content = new MemoryStream(file.Bytes, writable: false);
            pages += (await reader.ReadAsync(content, CancellationToken.None).ConfigureAwait(false)).Pages.Count;
        }

        return pages;
    }
}
