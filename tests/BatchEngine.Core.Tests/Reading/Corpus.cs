using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Reading;

/// <summary>The shared real-world corpus (<see cref="RepositoryPaths.Corpus"/>) and its manifest.</summary>
internal static class Corpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, ManifestRow>> LazyManifest = new(ReadManifest);

    public static string Root => RepositoryPaths.Corpus;

    public static IReadOnlyDictionary<string, ManifestRow> Manifest => LazyManifest.Value;

    /// <summary>Every file in real/ and broken/ as "folder/name".</summary>
    public static IEnumerable<string> AllFiles() => Files("real").Concat(Files("broken"));

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder))
            .Select(path => $"{folder}/{Path.GetFileName(path)}")
            .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    private static IReadOnlyDictionary<string, ManifestRow> ReadManifest()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (file, folder, kind, note, pdfinfo, pages) =
            (Column("file"), Column("folder"), Column("kind"), Column("note"), Column("pdfinfo_rc"), Column("pages"));
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new ManifestRow(
                $"{cells[folder]}/{cells[file]}",
                cells[kind],
                cells[note],
                cells[pdfinfo] == "0" && int.TryParse(cells[pages], out var count) ? count : null))
            .ToDictionary(row => row.Path);
    }
}

/// <summary>One manifest row: what the file is and the page count poppler's pdfinfo gave (null when it failed).</summary>
internal sealed record ManifestRow(string Path, string Kind, string Note, int? PopplerPages);
