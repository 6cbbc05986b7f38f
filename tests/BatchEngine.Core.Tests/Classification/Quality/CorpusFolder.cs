using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Classification.Quality;

/// <summary>The shared real-world corpus's manifest (<see cref="RepositoryPaths.Corpus"/>).</summary>
internal static class CorpusFolder
{
    /// <summary>The MANIFEST.tsv rows of the <c>real</c> folder: file name and kind (paper, form, invoice, ...).</summary>
    public static IReadOnlyList<(string File, string Kind, string Note)> RealDocuments()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Corpus, "MANIFEST.tsv"));
        string[] header = lines[0].Split('\t');
        int file = Array.IndexOf(header, "file");
        int folder = Array.IndexOf(header, "folder");
        int kind = Array.IndexOf(header, "kind");
        int note = Array.IndexOf(header, "note");
        return lines.Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c[folder] == "real")
            .Select(c => (c[file], c[kind], c[note]))
            .ToList();
    }
}
