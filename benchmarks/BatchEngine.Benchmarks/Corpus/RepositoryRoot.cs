namespace BatchEngine.Benchmarks.Corpus;

/// <summary>Finds the repository (the folder holding BatchEngine.sln) from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "BatchEngine.sln";

    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        // The generated benchmark process runs from a folder under the project's bin/, the host from
        // wherever `dotnet run` was started: try both.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"No folder containing {SolutionFile} above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
