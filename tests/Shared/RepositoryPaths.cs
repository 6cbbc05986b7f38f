namespace BatchEngine.Tests.Support;

/// <summary>
/// The one locator of every test and benchmark project (linked in as source): the repository root (the
/// folder holding BatchEngine.sln) and the shared data beside it (<c>../shared</c>: corpus, eval set, HateCheck),
/// which a git worktree nested deeper finds further up.
/// </summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "BatchEngine.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);
    private static readonly Lazy<string> LazyShared = new(FindShared);

    /// <summary>The folder holding BatchEngine.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shared data folder (<c>../shared</c> from the root).</summary>
    public static string Shared => LazyShared.Value;

    /// <summary>The shared real-world corpus (<c>../shared/corpus</c>).</summary>
    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string CorpusFile(string relative) => Path.Combine(Corpus, relative);

    /// <summary>Every PDF of the corpus's real/ folder, in name order.</summary>
    public static IReadOnlyList<string> RealPdfs() =>
        Directory.GetFiles(Path.Combine(Corpus, "real"), "*.pdf").Order(StringComparer.Ordinal).ToArray();

    private static string FindRoot()
    {
        // Test hosts run from the project's bin/; a BenchmarkDotNet host runs from wherever `dotnet run` started: try both.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No folder containing {SolutionFile} above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }

    private static string FindShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "corpus")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException($"The shared data is expected at {Path.GetFullPath(Path.Combine(Root, "..", "shared"))}.");
    }
}
