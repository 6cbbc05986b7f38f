using System.ComponentModel;
using BatchEngine.Classification;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BatchEngine.Cli.Classify;

/// <summary>The arguments of <c>batchengine classify</c>.</summary>
internal sealed class ClassifySettings : CommandSettings
{
    [CommandArgument(0, "<paths>")]
    [Description("Files and folders to classify.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Write every result to FILE: .json or .csv.")]
    public string? Out { get; init; }

    [CommandOption("-w|--workers <N>")]
    [Description("Documents processed at once (default 4).")]
    [DefaultValue(4)]
    public int Workers { get; init; } = 4;

    [CommandOption("-r|--recursive")]
    [Description("Also classify the files in sub-folders of the folders given (hidden ones are skipped).")]
    public bool Recursive { get; init; }

    [CommandOption("--fail-on <CATEGORY>")]
    [Description("Exit with 2 when a file is classified in CATEGORY (Public, Confidential, \"Highly Sensitive\", Unsafe); repeatable.")]
    public string[] FailOn { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print one JSON object a line (progress, results, summary) instead of the live view.")]
    public bool Json { get; init; }

    /// <summary>The <c>--fail-on</c> categories, parsed (valid once <see cref="Validate"/> passed).</summary>
    public IReadOnlySet<SensitivityCategory> FailOnCategories =>
        FailOn.Select(CategoryWords.Parse).OfType<SensitivityCategory>().ToHashSet();

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("Give at least one file or folder.");
        }

        if (Workers is < 1 or > 256)
        {
            return ValidationResult.Error($"--workers must be between 1 and 256 (got {Workers}).");
        }

        if (FailOn.FirstOrDefault(word => CategoryWords.Parse(word) is null) is { } unknown)
        {
            return ValidationResult.Error($"--fail-on '{unknown}' is not a category. Use one of: {string.Join(", ", CategoryWords.All)}.");
        }

        if (Out is not null && ResultsFile.FormatOf(Out) is null)
        {
            return ValidationResult.Error($"--out '{Out}' must end in .json or .csv.");
        }

        return ValidationResult.Success();
    }
}
