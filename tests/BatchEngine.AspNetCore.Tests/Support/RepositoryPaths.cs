namespace BatchEngine.Tests.Support;

/// <summary>
/// The repository root (the folder holding BatchEngine.sln, found by walking up from the test binaries) and
/// the shared corpus at ../shared/corpus from it; a worktree nested deeper finds it further up.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<string> LazyCorpus = new(FindCorpus);

    public static string Root => LazyRoot.Value;

    public static string Corpus => LazyCorpus.Value;

    /// <summary>Every PDF of the corpus's real/ folder, in name order.</summary>
    public static IReadOnlyList<string> RealPdfs() =>
        Directory.GetFiles(Path.Combine(Corpus, "real"), "*.pdf").Order(StringComparer.Ordinal).ToArray();

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);

    private static string FindRoot()
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

    private static string FindCorpus()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException($"The corpus is expected at {Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))}.");
    }
}
