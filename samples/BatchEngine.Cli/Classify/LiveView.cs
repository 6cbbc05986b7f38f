using System.Globalization;
using Spectre.Console;

namespace BatchEngine.Cli.Classify;

/// <summary>
/// The interactive view: a Spectre.Console progress bar per document and one for all of them, then a table
/// of every file's category and the list of files that failed. Bars of finished documents are hidden for
/// large batches so the running ones stay on screen.
/// </summary>
internal sealed class LiveView(IAnsiConsole console) : IRunView
{
    private const int ShowAllBarsUpTo = 30;

    public async Task<T> ShowProgressAsync<T>(IReadOnlyList<string> files, Func<Action<IReadOnlyList<FileProgress>>, Task<T>> work)
    {
        var progress = console.Progress()
            .AutoClear(false)
            .HideCompleted(files.Count > ShowAllBarsUpTo)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn());
        return await progress.StartAsync(async context =>
        {
            var overall = context.AddTask("[bold]All files[/]", autoStart: true, maxValue: Math.Max(1, files.Count) * 100.0);
            var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            var result = await work(changes =>
            {
                foreach (var change in changes)
                {
                    if (!bars.TryGetValue(change.File, out var bar))
                    {
                        bar = context.AddTask(Markup.Escape(change.File), autoStart: true, maxValue: 100);
                        bars[change.File] = bar;
                    }

                    bar.Description = $"{Markup.Escape(change.File)} [grey]{change.Status}[/]";
                    bar.Value = change.Status == "failed" || change.Status == "cancelled" ? 100 : change.Progress;
                }

                overall.Value = bars.Values.Sum(b => b.Value);
            });
            overall.Value = overall.MaxValue;
            return result;
        });
    }

    public void ShowSummary(IReadOnlyList<FileOutcome> outcomes, RunSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Classification[/]")
            .AddColumn("File").AddColumn("Category").AddColumn(new TableColumn("Confidence").RightAligned()).AddColumn("Review").AddColumn("Status");
        foreach (var outcome in outcomes)
        {
            table.AddRow(
                Markup.Escape(outcome.File),
                outcome.CategoryWord is { } word ? $"[{CategoryStyle(word)}]{Markup.Escape(word)}[/]" : "-",
                outcome.Classification is { } c ? c.Confidence.ToString("P0", CultureInfo.InvariantCulture) : "-",
                outcome.Classification?.RequiresReview == true ? "[yellow]needs review[/]" : "-",
                outcome.IsFailure ? $"[red]{outcome.StateWord}[/]" : outcome.StateWord);
        }

        console.Write(table);
        var counts = string.Join(", ", summary.Categories.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}"));
        console.MarkupLine($"{summary.Completed} of {summary.Files} file(s) classified{(counts.Length > 0 ? ": " + Markup.Escape(counts) : string.Empty)}.");
        if (summary.Skipped > 0)
        {
            console.MarkupLine($"[grey]{summary.Skipped} file(s) in folders skipped: not a type the engine reads.[/]");
        }

        var failures = outcomes.Where(o => o.IsFailure).ToArray();
        if (failures.Length > 0)
        {
            console.MarkupLine($"[red bold]{failures.Length} file(s) failed:[/]");
            foreach (var failure in failures)
            {
                console.MarkupLine($"  [red]{Markup.Escape(failure.File)}[/]: {Markup.Escape(failure.Error ?? failure.StateWord)}");
            }
        }

        if (summary.FailOnMatched.Count > 0)
        {
            console.MarkupLine($"[yellow bold]{summary.FailOnMatched.Count} file(s) matched --fail-on:[/] {Markup.Escape(string.Join(", ", summary.FailOnMatched))}");
        }

        if (summary.Cancelled > 0)
        {
            console.MarkupLine($"[grey]Cancelled: {summary.Cancelled} file(s) did not finish.[/]");
        }
    }

    private static string CategoryStyle(string word) => word switch
    {
        "Public" => "green",
        "Confidential" => "blue",
        "Highly Sensitive" => "darkorange bold",
        "Unsafe" => "red bold",
        _ => "default",
    };
}
