using System.Globalization;
using System.Text;
using BatchEngine.Benchmarks.Corpus;
using BatchEngine.Benchmarks.Engine;
using BatchEngine.Detection;
using BatchEngine.Reading;
using BatchEngine.SafetyTrainer;
using BatchEngine.Tests.Support;

namespace BatchEngine.Benchmarks.Detection;

/// <summary>
/// Writes every signal the default detectors raise on the corpus text, the shared eval documents and the HateCheck
/// sentences, one line each, so a change made for speed can be shown to change no answer: dump before and after,
/// then compare the files byte for byte.
/// <code>dotnet run -c Release --project benchmarks/BatchEngine.Benchmarks -- --dump-signals before.tsv</code>
/// Snippets are the detectors' masked ones; nothing unmasked is written.
/// </summary>
internal static class SignalDump
{
    public const string Flag = "--dump-signals";

    public static int Run(string path)
    {
        using var engine = new EngineServices();
        var detectors = engine.Detectors;
        var lines = 0;
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var (source, document) in Documents(engine))
        {
            foreach (var detector in detectors)
            {
                foreach (var signal in detector.DetectAsync(document, CancellationToken.None).AsTask().GetAwaiter().GetResult())
                {
                    output.WriteLine(string.Join('\t', source, signal.Detector, signal.Type, signal.Page,
                        signal.Confidence.ToString("R", CultureInfo.InvariantCulture), signal.Start, signal.Length,
                        signal.Origin, signal.Snippet.ReplaceLineEndings(" ")));
                    lines++;
                }
            }
        }

        Console.WriteLine($"{lines} signals written to {path}");
        return 0;
    }

    private static IEnumerable<(string Source, ExtractedDocument Document)> Documents(EngineServices engine)
    {
        foreach (var read in CorpusText.Documents)
        {
            yield return ("corpus/" + read.File.Name, read.Extracted);
        }

        var eval = Path.Combine(RepositoryPaths.Shared, "eval");
        foreach (var file in Directory.GetFiles(Path.Combine(eval, "documents")).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (engine.ReaderFor(bytes) is { } reader)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                yield return ("eval/" + Path.GetFileName(file), reader.ReadAsync(stream, CancellationToken.None).AsTask().GetAwaiter().GetResult());
            }
        }

        var number = 0;
        foreach (var hateCheck in HateCheckSuite.Read(Path.Combine(eval, "hatecheck", "test_suite_cases.csv")))
        {
            yield return ($"hatecheck/{++number}", new ExtractedDocument { Pages = [new PageText(1, hateCheck.Text)], PageCount = 1, MediaType = "text/plain" });
        }
    }
}
