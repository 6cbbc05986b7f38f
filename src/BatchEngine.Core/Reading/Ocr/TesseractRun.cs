using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BatchEngine.Reading.Ocr;

/// <summary>
/// One run of the <c>tesseract</c> executable on one image file: under <c>prlimit</c>'s address-space cap
/// when the host has it, one OpenMP thread (the engine runs images in parallel itself), standard output
/// read up to a character cap, killed with its whole process tree when it overruns its timeout or the
/// caller gives up.
/// </summary>
internal static class TesseractRun
{
    public static async Task<OcrOutcome> RunAsync(TesseractCommand command, string imagePath, int maxCharacters, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = command.StartInfo(imagePath) };
        try
        {
            process.Start();
        }
        catch (Win32Exception failure)
        {
            return OcrOutcome.Failed($"Tesseract could not be started ({failure.Message})");
        }

        using var timer = new CancellationTokenSource(timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        using var kill = stop.Token.Register(() => KillTree(process));
        var output = ReadBoundedAsync(process.StandardOutput, maxCharacters);
        var errors = ReadBoundedAsync(process.StandardError, 2_000);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        var (text, error) = (await output.ConfigureAwait(false), await errors.ConfigureAwait(false));
        cancellationToken.ThrowIfCancellationRequested();
        if (timer.IsCancellationRequested)
        {
            return OcrOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"OCR did not finish within {timeout.TotalSeconds:0.#} s; its process was killed"));
        }

        return process.ExitCode == 0
            ? OcrOutcome.Read(text)
            : OcrOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"Tesseract could not read the image (exit code {process.ExitCode}{Hint(error)})"));
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Exited meanwhile.
        }
    }

    // Keeps at most maxCharacters and drains the rest, so a process that floods its pipe never blocks.
    private static async Task<string> ReadBoundedAsync(StreamReader reader, int maxCharacters)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            var room = maxCharacters - kept.Length;
            if (room > 0)
            {
                kept.Append(buffer, 0, Math.Min(room, read));
            }
        }

        return kept.ToString();
    }

    // The image library's own complaint names the fault ("Error in pixReadStream", "Image too large"); a
    // tesseract message never holds the image's text, and it is cut short.
    private static string Hint(string standardError)
    {
        var line = standardError.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("rror", StringComparison.Ordinal) || l.Contains("too large", StringComparison.OrdinalIgnoreCase));
        return line is null ? string.Empty : ": " + (line.Length > 120 ? line[..120] : line);
    }
}
