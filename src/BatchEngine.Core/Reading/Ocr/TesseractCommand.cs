using System.Diagnostics;
using System.Globalization;

namespace BatchEngine.Reading.Ocr;

/// <summary>How to start Tesseract on this host: the executable, its languages, and <c>prlimit</c> for the memory cap when present.</summary>
internal sealed record TesseractCommand(string Tesseract, string? Prlimit, string Languages, long MemoryLimitBytes)
{
    public ProcessStartInfo StartInfo(string imagePath)
    {
        var start = new ProcessStartInfo(Prlimit ?? Tesseract)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = Path.GetDirectoryName(imagePath)!,
        };
        if (Prlimit is not null)
        {
            // prlimit sets the rlimit and then execs tesseract in the same process, so a kill reaches it.
            start.ArgumentList.Add("--as=" + MemoryLimitBytes.ToString(CultureInfo.InvariantCulture));
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(Tesseract);
        }

        foreach (var argument in new[] { imagePath, "stdout", "-l", Languages, "--psm", "3" })
        {
            start.ArgumentList.Add(argument);
        }

        // The engine already runs images side by side; Tesseract's own threads would only fight over the cores.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        return start;
    }

    /// <summary>The executable's full path: the configured one, or the first on PATH; null when there is none.</summary>
    public static string? Find(string? configured, string name)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe", string.Empty } : [string.Empty];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var suffix in suffixes)
            {
                var candidate = Path.Combine(folder, name + suffix);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
