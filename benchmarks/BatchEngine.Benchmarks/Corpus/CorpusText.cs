using BatchEngine.Benchmarks.Engine;

namespace BatchEngine.Benchmarks.Corpus;

/// <summary>
/// The corpus as the engine's own readers extract it (in process: same text, no child processes), once per process. Files the reader
/// refuses (encrypted with a user password, formats it cannot parse) are left out, so every benchmark
/// built on this measures successful work only; <see cref="Skipped"/> counts them for the report.
/// </summary>
internal static class CorpusText
{
    private static readonly Lazy<(IReadOnlyList<CorpusDocument> Read, int Skipped)> Extracted = new(Extract);

    public static IReadOnlyList<CorpusDocument> Documents => Extracted.Value.Read;

    public static int Skipped => Extracted.Value.Skipped;

    private static (IReadOnlyList<CorpusDocument>, int) Extract()
    {
        using var engine = new EngineServices(ReadingMode.InProcess.Configure);
        var read = new List<CorpusDocument>();
        var skipped = 0;
        foreach (var file in CorpusFiles.Real)
        {
            var reader = engine.ReaderFor(file.Bytes);
            if (reader is null)
            {
                skipped++;
                continue;
            }

            try
            {
                using var stream = new MemoryStream(file.Bytes, writable: false);
                read.Add(new CorpusDocument(file, reader.ReadAsync(stream, CancellationToken.None).AsTask().GetAwaiter().GetResult()));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                skipped++;
            }
        }

        if (read.Count == 0)
        {
            throw new InvalidOperationException($"The engine's readers extracted none of the {CorpusFiles.Real.Count} corpus files: are readers registered by AddBatchEngine()?");
        }

        return (read, skipped);
    }
}
