using System.Runtime.InteropServices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BatchEngine.Cli.Classify;

/// <summary><c>batchengine classify &lt;paths...&gt;</c>: the engine in this process, no server.</summary>
internal sealed class ClassifyCommand : AsyncCommand<ClassifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ClassifySettings settings, CancellationToken cancellationToken)
    {
        // Ctrl+C (SIGINT) and SIGTERM cancel the run instead of killing the process: the job is cancelled,
        // documents not yet started never start, and the summary of what finished is still printed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => StopGently(signal, stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => StopGently(signal, stop));
        return await RunAsync(settings, stop.Token);
    }

    private static void StopGently(PosixSignalContext signal, CancellationTokenSource stop)
    {
        signal.Cancel = true;
        stop.Cancel();
    }

    private static async Task<int> RunAsync(ClassifySettings settings, CancellationToken cancellationToken)
    {
        var (files, missing) = InputFiles.Expand(settings.Paths, settings.Recursive);
        IRunView view = settings.Json ? new JsonLinesView(Console.Out) : new LiveView(AnsiConsole.Console);

        var run = new ClassifyRun(files, settings.Workers);
        var found = files.Count == 0
            ? []
            : await view.ShowProgressAsync(files.Select(f => f.Display).ToArray(), report => run.RunAsync(report, cancellationToken));
        var outcomes = missing.Select(path => new FileOutcome(path, FileState.Missing, null, "No such file or folder."))
            .Concat(found)
            .ToArray();

        var summary = RunSummary.Of(outcomes, settings.FailOnCategories, run.Interrupted);
        view.ShowSummary(outcomes, summary);
        if (settings.Out is { } path)
        {
            await ResultsFile.WriteAsync(path, outcomes, summary);
        }

        return summary.ExitCode;
    }
}
