using System.Runtime.InteropServices;
using BatchEngine.Cli.Classify;
using Spectre.Console.Cli;

// Ctrl+C (SIGINT) and SIGTERM cancel the run instead of killing the process: the job is cancelled, the
// documents not yet started never start, and the summary of what finished is still printed.
using var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopGently);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopGently);

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("batchengine");
    config.SetExceptionHandler((error, _) =>
    {
        Console.Error.WriteLine($"batchengine: {error.Message}");
        return error is CommandAppException ? ExitCodes.Usage : ExitCodes.Crashed;
    });
    config.AddCommand<ClassifyCommand>("classify")
        .WithDescription("Classify files and folders by sensitivity (Public, Confidential, Highly Sensitive, Unsafe).")
        .WithExample("classify", "reports/", "--recursive", "--out", "results.csv")
        .WithExample("classify", "contract.pdf", "notes.txt", "--fail-on", "Highly Sensitive", "--json");
});
return await app.RunAsync(args, cancel.Token);

void StopGently(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
