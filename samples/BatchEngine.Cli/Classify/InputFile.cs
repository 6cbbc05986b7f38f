namespace BatchEngine.Cli.Classify;

/// <summary>One file to classify: its path, how it is shown, and whether it came from expanding a folder.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Display">The path as the user typed it, or relative to the folder they typed.</param>
/// <param name="FromFolder">True when found inside a folder (a file of an unsupported type there is skipped, not failed).</param>
internal sealed record InputFile(string Path, string Display, bool FromFolder);
