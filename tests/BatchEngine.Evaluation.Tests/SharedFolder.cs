namespace BatchEngine.Evaluation.Tests;

/// <summary><c>../shared</c> seen from the folder holding BatchEngine.sln (a worktree beside main finds it the same way).</summary>
internal static class SharedFolder
{
    private static readonly Lazy<string> LazyRoot = new(Find);

    public static string Root => LazyRoot.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BatchEngine.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared evaluation folder is expected at {shared}.");
            }
        }

        throw new DirectoryNotFoundException("No folder containing BatchEngine.sln above " + AppContext.BaseDirectory);
    }
}
