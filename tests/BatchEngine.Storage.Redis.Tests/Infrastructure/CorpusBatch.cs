using BatchEngine.Tests.Support;
namespace BatchEngine.Tests.Infrastructure;

/// <summary>A batch of real PDFs from the shared corpus (read in place, never copied into the repository).</summary>
internal static class CorpusBatch
{
    /// <summary><paramref name="count"/> files, cycling through the real corpus, each with a unique name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Take(int count)
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "real"), "*.pdf")
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Bytes: File.ReadAllBytes(path)))
            .Where(f => f.Bytes.Length <= 512 * 1024) // small files keep the host tests short
            .ToList();
        Assert.NotEmpty(files);
        return Enumerable.Range(0, count)
            .Select(i => ($"{i:D4}-{files[i % files.Count].Name}", files[i % files.Count].Bytes))
            .ToList();
    }
}
