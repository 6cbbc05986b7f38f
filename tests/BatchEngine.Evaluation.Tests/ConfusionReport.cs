using System.Globalization;
using System.Text;
using BatchEngine.Classification;

namespace BatchEngine.Evaluation.Tests;

/// <summary>
/// Per-category precision, recall and F1, the macro-F1 over the four categories and the confusion matrix of a
/// labelled run. A document that could not be classified counts as a miss of its label (predicted nothing).
/// </summary>
internal sealed class ConfusionReport
{
    private static readonly SensitivityCategory[] Categories = Enum.GetValues<SensitivityCategory>();

    private readonly List<(SensitivityCategory Expected, SensitivityCategory? Predicted)> _outcomes = [];

    public void Add(SensitivityCategory expected, SensitivityCategory? predicted) => _outcomes.Add((expected, predicted));

    public int Count => _outcomes.Count;

    public int Correct => _outcomes.Count(o => o.Predicted == o.Expected);

    public double Precision(SensitivityCategory category)
    {
        int predicted = _outcomes.Count(o => o.Predicted == category);
        return predicted == 0 ? 0 : (double)TruePositives(category) / predicted;
    }

    public double Recall(SensitivityCategory category)
    {
        int actual = _outcomes.Count(o => o.Expected == category);
        return actual == 0 ? 0 : (double)TruePositives(category) / actual;
    }

    public double F1(SensitivityCategory category)
    {
        double p = Precision(category), r = Recall(category);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double MacroF1 => Categories.Average(F1);

    /// <summary>A Markdown table of the figures and the confusion matrix (rows: label, columns: answer).</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"documents {Count}, correct {Correct}, macro-F1 {MacroF1:0.000}");
        text.AppendLine();
        text.AppendLine("| category | precision | recall | F1 | support |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (SensitivityCategory category in Categories)
        {
            text.AppendLine(invariant, $"| {Word(category)} | {Precision(category):0.000} | {Recall(category):0.000} | {F1(category):0.000} | {_outcomes.Count(o => o.Expected == category)} |");
        }

        text.AppendLine();
        text.Append("| label \\ answer |");
        foreach (SensitivityCategory category in Categories)
        {
            text.Append(invariant, $" {Word(category)} |");
        }

        text.AppendLine(" failed |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (SensitivityCategory expected in Categories)
        {
            text.Append(invariant, $"| {Word(expected)} |");
            foreach (SensitivityCategory predicted in Categories)
            {
                text.Append(invariant, $" {_outcomes.Count(o => o.Expected == expected && o.Predicted == predicted)} |");
            }

            text.AppendLine(invariant, $" {_outcomes.Count(o => o.Expected == expected && o.Predicted is null)} |");
        }

        return text.ToString();
    }

    private int TruePositives(SensitivityCategory category) => _outcomes.Count(o => o.Expected == category && o.Predicted == category);

    private static string Word(SensitivityCategory category) =>
        category == SensitivityCategory.HighlySensitive ? "Highly Sensitive" : category.ToString();
}
