namespace BatchEngine.Cli.Classify;

/// <summary>One file's place in the pipeline while the job runs: its status word and progress in percent.</summary>
internal readonly record struct FileProgress(string File, string Status, double Progress);
