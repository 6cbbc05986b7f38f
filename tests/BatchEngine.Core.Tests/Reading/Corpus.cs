namespace BatchEngine.Tests.Reading;

/// <summary>The shared real-world corpus (../shared/corpus seen from the repository root) and its manifest.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> LazyRepositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<string> LazyRoot = new(() => FindSharedCorpusAbove(new DirectoryInfo(RepositoryRoot)));
    private static readonly Lazy<IReadOnlyDictionary<string, ManifestRow>> LazyManifest = new(ReadManifest);

    public static string Root => LazyRoot.Value;

    /// <summary>The folder holding BatchEngine.sln, found upward from the test's output folder.</summary>
    public static string RepositoryRoot => LazyRepositoryRoot.Value;

    public static IReadOnlyDictionary<string, ManifestRow> Manifest => LazyManifest.Value;

    /// <summary>Every file in real/ and broken/ as "folder/name".</summary>
    public static IEnumerable<string> AllFiles() => Files("real").Concat(Files("broken"));

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder))
            .Select(path => $"{folder}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BatchEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder containing BatchEngine.sln above " + AppContext.BaseDirectory);
    }

    // ../shared/corpus from the repository root (CI and the main checkout); a git worktree nested one
    // level deeper finds it further up.
    private static string FindSharedCorpusAbove(DirectoryInfo repositoryRoot)
    {
        for (var dir = repositoryRoot.Parent; dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException($"The corpus is expected at {Path.GetFullPath(Path.Combine(repositoryRoot.FullName, "..", "shared", "corpus"))}.");
    }

    private static IReadOnlyDictionary<string, ManifestRow> ReadManifest()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (file, folder, kind, note, pdfinfo, pages) =
            (Column("file"), Column("folder"), Column("kind"), Column("note"), Column("pdfinfo_rc"), Column("pages"));
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new ManifestRow(
                $"{cells[folder]}/{cells[file]}",
                cells[kind],
                cells[note],
                cells[pdfinfo] == "0" && int.TryParse(cells[pages], out var count) ? count : null))
            .ToDictionary(row => row.Path);
    }
}

/// <summary>One manifest row: what the file is and the page count poppler's pdfinfo gave (null when it failed).</summary>
internal sealed record ManifestRow(string Path, string Kind, string Note, int? PopplerPages);
