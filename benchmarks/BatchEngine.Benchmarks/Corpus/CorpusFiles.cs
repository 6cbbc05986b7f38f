using BatchEngine.Benchmarks.Harness;
using BatchEngine.Tests.Support;

namespace BatchEngine.Benchmarks.Corpus;

/// <summary>
/// The shared real-world PDF corpus (../shared/corpus seen from the repository root). Benchmarks read
/// only <c>real/</c>: the hostile files of <c>broken/</c> measure error paths, not throughput.
/// </summary>
internal static class CorpusFiles
{
    private static readonly Lazy<IReadOnlyList<CorpusFile>> RealFiles = new(LoadReal);
    /// <summary>../shared/corpus from the repository root (as in CI); a worktree nested deeper finds it further up.</summary>
    public static string Folder => RepositoryPaths.Corpus;

    // CI's dry run only proves the corpus benchmarks still work: a few small files do that in seconds.
    private const int CiSampleFiles = 12;
    private const int CiSampleMaxBytes = 200_000;

    /// <summary>
    /// Every file of real/, bytes in memory, in name order (ordinal), so each run reads the same input;
    /// in CI's dry run, the first few small ones.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Real => RealFiles.Value;

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
