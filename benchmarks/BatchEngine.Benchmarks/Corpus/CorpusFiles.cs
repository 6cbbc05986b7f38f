namespace BatchEngine.Benchmarks.Corpus;

/// <summary>
/// The shared real-world PDF corpus (../shared/corpus seen from the repository root). Benchmarks read
/// only <c>real/</c>: the hostile files of <c>broken/</c> measure error paths, not throughput.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Lazy<IReadOnlyList<CorpusFile>> RealFiles = new(LoadReal);

    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus"));

    /// <summary>Every file of real/, bytes in memory, in name order (ordinal), so each run reads the same input.</summary>
    public static IReadOnlyList<CorpusFile> Real => RealFiles.Value;

    private static IReadOnlyList<CorpusFile> LoadReal()
    {
        var folder = Path.Combine(Folder, "real");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The corpus is missing: {folder} (expected ../shared/corpus beside the repository).");
        }

        return Directory.GetFiles(folder)
            .Order(StringComparer.Ordinal)
            .Select(path => new CorpusFile(Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
    }
}
