namespace BatchEngine.AI.Tests.Support;

/// <summary>The shared corpus at <c>../shared/corpus</c>, seen from the folder holding BatchEngine.sln.</summary>
internal static class SharedCorpus
{
    public static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BatchEngine.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", name));
                return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"The shared corpus is expected at {folder}.");
            }
        }

        throw new DirectoryNotFoundException("No folder containing BatchEngine.sln above " + AppContext.BaseDirectory);
    }
}
