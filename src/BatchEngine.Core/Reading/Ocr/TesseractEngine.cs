using System.Diagnostics;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.Reading.Ocr;

/// <summary>
/// Runs Tesseract for the whole host: finds it and checks its languages once (<see cref="IOcrStatus"/>),
/// and lets at most <see cref="OcrOptions.MaxConcurrency"/> processes run at once across all documents. By default
/// no more than there are processors: each run is single-threaded and CPU-bound, so more at once only add memory
/// (on the 2-core benchmark machine, 4 at once peaked 250 MB higher than 2, and were no faster).
/// </summary>
internal sealed partial class TesseractEngine : IOcrStatus, IDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    private readonly OcrOptions _options;
    private readonly ILogger<TesseractEngine> _logger;
    private readonly SemaphoreSlim _running;
    private readonly Lazy<Task<(OcrAvailability Availability, TesseractCommand? Command)>> _probe;

    public TesseractEngine(IOptions<BatchEngineOptions> options, ILogger<TesseractEngine> logger)
    {
        _options = options.Value.Ocr;
        _logger = logger;
        MaxRunning = _options.MaxConcurrency ?? Math.Min(options.Value.WorkerCount, Environment.ProcessorCount);
        _running = new SemaphoreSlim(MaxRunning);
        _probe = new(ProbeAsync);
    }

    /// <summary>Tesseract processes allowed to run at once.</summary>
    internal int MaxRunning { get; }

    public async ValueTask<OcrAvailability> GetAvailabilityAsync(CancellationToken cancellationToken) =>
        (await _probe.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Availability;

    /// <summary>The command to run, or null when OCR is unavailable.</summary>
    public async ValueTask<TesseractCommand?> CommandAsync(CancellationToken cancellationToken) =>
        (await _probe.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Command;

    /// <summary>Reads one image file, waiting for a free place among the running processes first.</summary>
    public async Task<OcrOutcome> RecognizeAsync(TesseractCommand command, string imagePath, int maxCharacters, CancellationToken cancellationToken)
    {
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var outcome = await TesseractRun.RunAsync(command, imagePath, maxCharacters, _options.ImageTimeout, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogImageRead(_logger, elapsed.TotalMilliseconds, outcome.Failure is null);
            BatchEngineTelemetry.OcrImageDuration.Record(elapsed.TotalSeconds);
            BatchEngineTelemetry.OcrImagesRead.Add(1, new KeyValuePair<string, object?>("outcome", outcome.Failure is null ? "read" : "failed"));
            return outcome;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private async Task<(OcrAvailability, TesseractCommand?)> ProbeAsync()
    {
        var languages = _options.Languages;
        if (!_options.Enabled)
        {
            return (new OcrAvailability(false, "OCR is turned off (BatchEngine:Ocr:Enabled is false).", null, languages), null);
        }

        var tesseract = TesseractCommand.Find(_options.TesseractPath, "tesseract");
        if (tesseract is null)
        {
            var where = _options.TesseractPath is { Length: > 0 } path ? $"at {path}" : "on PATH";
            return Unavailable($"Tesseract was not found {where} (install tesseract-ocr, or set BatchEngine:Ocr:TesseractPath).");
        }

        var version = await RunQuietlyAsync(tesseract, "--version").ConfigureAwait(false);
        var listed = await RunQuietlyAsync(tesseract, "--list-langs").ConfigureAwait(false);
        if (version is null || listed is null)
        {
            return Unavailable($"Tesseract at {tesseract} did not run.");
        }

        var installed = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var missing = languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !installed.Contains(l)).ToArray();
        var versionLine = version.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0);
        if (missing.Length > 0)
        {
            return Unavailable($"Tesseract has no data for language(s) {string.Join(", ", missing)} (install tesseract-ocr-{missing[0]}).", versionLine);
        }

        // Without prlimit the process runs without a memory cap; the per-image timeout still bounds it.
        var prlimit = OperatingSystem.IsLinux() ? TesseractCommand.Find(null, "prlimit") : null;
        if (prlimit is null)
        {
            LogNoMemoryCap(_logger);
        }

        return (new OcrAvailability(true, null, versionLine, languages), new TesseractCommand(tesseract, prlimit, languages, _options.MemoryLimitBytes));

        (OcrAvailability, TesseractCommand?) Unavailable(string reason, string? version = null)
        {
            LogUnavailable(_logger, reason);
            return (new OcrAvailability(false, reason, version, languages), null);
        }
    }

    // Tesseract 4 and 5 print --version and --list-langs on standard output (some builds on standard error).
    private static async Task<string?> RunQuietlyAsync(string executable, string argument)
    {
        try
        {
            using var process = new Process
            {
                StartInfo = new ProcessStartInfo(executable, argument)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    CreateNoWindow = true,
                },
            };
            process.Start();
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(ProbeTimeout);
            using var kill = timeout.Token.Register(() => process.Kill(entireProcessTree: true));
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            if (timeout.IsCancellationRequested)
            {
                return null;
            }

            return process.ExitCode == 0 ? await output.ConfigureAwait(false) + "\n" + await errors.ConfigureAwait(false) : null;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "OCR is unavailable: {Reason} Documents that need it are classified on the text they have and flagged for review.")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "prlimit was not found: Tesseract runs without a memory cap (its timeout still applies)")]
    private static partial void LogNoMemoryCap(ILogger logger);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Debug, Message = "OCR of one image took {Milliseconds:0} ms (read: {Read})")]
    private static partial void LogImageRead(ILogger logger, double milliseconds, bool read);
}
