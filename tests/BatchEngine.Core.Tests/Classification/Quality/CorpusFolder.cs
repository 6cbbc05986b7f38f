namespace BatchEngine.Tests.Classification.Quality;

/// <summary>The shared real-world corpus: <c>../shared/corpus</c> seen from the folder holding BatchEngine.sln.</summary>
internal static class CorpusFolder
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BatchEngine.sln")))
            {
                // ../shared/corpus beside the repository; a git worktree one level deeper looks one more level up.
                string beside = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                string worktree = Path.GetFullPath(Path.Combine(directory.FullName, "..", "..", "shared", "corpus"));
                return Directory.Exists(beside) || !Directory.Exists(worktree) ? beside : worktree;
            }
        }

        throw new DirectoryNotFoundException("No folder containing BatchEngine.sln above " + AppContext.BaseDirectory);
    }

    /// <summary>The MANIFEST.tsv rows of the <c>real</c> folder: file name and kind (paper, form, invoice, ...).</summary>
    public static IReadOnlyList<(string File, string Kind, string Note)> RealDocuments()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root(), "MANIFEST.tsv"));
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
