using BatchEngine.Classification;

namespace BatchEngine.Cli.Classify;

/// <summary>The totals of a run and the exit code they lead to.</summary>
internal sealed record RunSummary(
    int Files,
    int Completed,
    int Failed,
    int Skipped,
    int Cancelled,
    IReadOnlyDictionary<string, int> Categories,
    IReadOnlyList<string> FailOnMatched,
    int ExitCode)
{
    public static RunSummary Of(IReadOnlyList<FileOutcome> outcomes, IReadOnlySet<SensitivityCategory> failOn, bool interrupted)
    {
        var matched = outcomes
            .Where(o => o.Classification is { } c && failOn.Contains(c.FinalCategory))
            .Select(o => o.File)
            .ToArray();
        var failed = outcomes.Count(o => o.IsFailure);
        var exitCode = interrupted ? ExitCodes.Cancelled
            : failed > 0 ? ExitCodes.FileFailed
            : matched.Length > 0 ? ExitCodes.FailOnMatched
            : ExitCodes.Success;
        var categories = CategoryWords.All.ToDictionary(word => word, word => outcomes.Count(o => o.CategoryWord == word));
        return new RunSummary(
            outcomes.Count,
            outcomes.Count(o => o.State == FileState.Completed),
            failed,
            outcomes.Count(o => o.State == FileState.Skipped),
            outcomes.Count(o => o.State == FileState.Cancelled),
            categories,
            matched,
            exitCode);
    }
}
