using BatchEngine.Classification;
using BatchEngine.Tests.Support;

namespace BatchEngine.Evaluation.Tests;

/// <summary>
/// The development evaluation set in <c>../shared/eval</c>: real documents written by others, labelled by hand
/// under the policy (<c>labels.tsv</c>). Read from the shared folder, never copied into the repository.
/// A <c>corpus:NAME</c> row names a PDF in <c>../shared/corpus/real</c>.
/// </summary>
internal static class SharedEvalSet
{
    public static string Root => Path.Combine(RepositoryPaths.Shared, "eval");

    public static IReadOnlyList<LabelledFile> All()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Root, "labels.tsv"));
        string[] header = lines[0].Split('\t');
        int file = Array.IndexOf(header, "file");
        int label = Array.IndexOf(header, "label");
        int reason = Array.IndexOf(header, "reason");
        return lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new LabelledFile(cells[file], PathOf(cells[file]), ParseLabel(cells[label]), cells[reason]))
            .ToList();
    }

    private static string PathOf(string name) => name.StartsWith("corpus:", StringComparison.Ordinal)
        ? RepositoryPaths.CorpusFile(Path.Combine("real", name["corpus:".Length..]))
        : Path.Combine(Root, "documents", name);

    public static SensitivityCategory ParseLabel(string label) => label switch
    {
        "Public" => SensitivityCategory.Public,
        "Confidential" => SensitivityCategory.Confidential,
        "Highly Sensitive" => SensitivityCategory.HighlySensitive,
        "Unsafe" => SensitivityCategory.Unsafe,
        _ => throw new FormatException($"Unknown label '{label}' in labels.tsv"),
    };
}

/// <summary>One row of <c>labels.tsv</c>: the name as listed, where the file is, its label and the labeller's reason.</summary>
internal sealed record LabelledFile(string Name, string Path, SensitivityCategory Label, string Reason);
