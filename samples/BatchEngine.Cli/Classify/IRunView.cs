namespace BatchEngine.Cli.Classify;

/// <summary>How a run is shown: the live Spectre.Console view, or JSON lines for machines.</summary>
internal interface IRunView
{
    /// <summary>Shows progress while <paramref name="work"/> runs; work reports each change through the callback it is given.</summary>
    Task<T> ShowProgressAsync<T>(IReadOnlyList<string> files, Func<Action<IReadOnlyList<FileProgress>>, Task<T>> work);

    /// <summary>Shows the outcome of every file and the totals.</summary>
    void ShowSummary(IReadOnlyList<FileOutcome> outcomes, RunSummary summary);
}
