namespace BatchEngine.Cli.Classify;

/// <summary>Turns the paths given on the command line into the files to classify, in a stable order.</summary>
internal static class InputFiles
{
    /// <summary>The files, and the paths that name nothing (each of those is a failure).</summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, bool recursive)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            if (File.Exists(full))
            {
                if (seen.Add(full))
                {
                    files.Add(new InputFile(full, given, FromFolder: false));
                }
            }
            else if (Directory.Exists(full))
            {
                foreach (var path in FilesIn(full, recursive).Where(seen.Add))
                {
                    files.Add(new InputFile(path, Path.Combine(given, Path.GetRelativePath(full, path)), FromFolder: true));
                }
            }
            else
            {
                missing.Add(given);
            }
        }

        return (files, missing);
    }

    // Hidden files and folders (".git", ".env") are skipped: a folder walk should not read a repository's
    // internals. A hidden file named on the command line is still classified.
    private static IEnumerable<string> FilesIn(string folder, bool recursive)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(path => !IsHidden(Path.GetRelativePath(folder, path)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
