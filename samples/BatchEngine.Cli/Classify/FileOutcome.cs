using BatchEngine.Classification;

namespace BatchEngine.Cli.Classify;

/// <summary>What happened to one input file, with the machine's answer when it was classified.</summary>
internal sealed record FileOutcome(string File, FileState State, ClassificationResult? Classification, string? Error)
{
    /// <summary>True for the states that make the run exit with <see cref="ExitCodes.FileFailed"/>.</summary>
    public bool IsFailure => State is FileState.Failed or FileState.Refused or FileState.Missing;

    public string StateWord => State.ToString().ToLowerInvariant();

    public string? CategoryWord => Classification is { } c ? CategoryWords.Of(c.FinalCategory) : null;
}
