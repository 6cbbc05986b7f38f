namespace BatchEngine.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding BatchEngine.sln), the shared corpus beside it, and built outputs.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared/corpus from the repository root (CI, main checkout); a nested git worktree finds it further up.</summary>
    public static string Corpus
    {
        get
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

    /// <summary>The sample host's dll built in the same configuration (Debug/Release) as these tests.</summary>
    public static string SampleHostDll
    {
        get
        {
            // AppContext.BaseDirectory = .../bin/{Configuration}/{TargetFramework}/
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(Root, "samples", "BatchEngine.SampleHost", "bin", configuration, framework.Name, "BatchEngine.SampleHost.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the sample host first (the test project builds it).", dll);
        }
    }

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
}
