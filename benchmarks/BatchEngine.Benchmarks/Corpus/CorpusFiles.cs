using BatchEngine.Benchmarks.Harness;

namespace BatchEngine.Benchmarks.Corpus;

/// <summary>
/// The shared real-world PDF corpus (../shared/corpus seen from the repository root). Benchmarks read
/// only <c>real/</c>: the hostile files of <c>broken/</c> measure error paths, not throughput.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Lazy<IReadOnlyList<CorpusFile>> RealFiles = new(LoadReal);
    private static readonly Lazy<string> CorpusFolder = new(FindFolder);

    /// <summary>../shared/corpus from the repository root (as in CI); a worktree nested deeper finds it further up.</summary>
    public static string Folder => CorpusFolder.Value;

    // CI's dry run only proves the corpus benchmarks still work: a few small files do that in seconds.
    private const int CiSampleFiles = 12;
    private const int CiSampleMaxBytes = 200_000;

    /// <summary>
    /// Every file of real/, bytes in memory, in name order (ordinal), so each run reads the same input;
    /// in CI's dry run, the first few small ones.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Real => RealFiles.Value;

    private static string FindFolder()
    {
        for (var folder = Directory.GetParent(RepositoryRoot.Path); folder is not null; folder = folder.Parent)
        {
            var corpus = Path.Combine(folder.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(corpus, "real")))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException(
            $"The corpus is missing: expected {Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus"))} with its real/ folder.");
    }

    private static IReadOnlyList<CorpusFile> LoadReal()
    {
        var folder = Path.Combine(Folder, "real");
        var paths = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        if (SuiteMode.IsCiDryRun)
        {
            paths = [.. paths.Where(p => new FileInfo(p).Length <= CiSampleMaxBytes).Take(CiSampleFiles)];
        }

        return [.. paths.Select(path => new CorpusFile(Path.GetFileName(path), File.ReadAllBytes(path)))];
    }
}
