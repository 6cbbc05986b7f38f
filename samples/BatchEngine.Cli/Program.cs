using BatchEngine.Cli.Classify;
using Spectre.Console.Cli;

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
return await app.RunAsync(args);
