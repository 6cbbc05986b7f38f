using System.Globalization;
using BatchEngine.Detection.Safety;
using BatchEngine.Detection.Safety.Lexicon;
using BatchEngine.Detection.Safety.Model;
using BatchEngine.Reading;

namespace BatchEngine.SafetyTrainer;

/// <summary>
/// Runs every HateCheck case through the unsafe-content analysis and its document judgement (Unsafe when a
/// signal reaches the classifier's default evidence threshold, 0.5) and prints accuracy per functionality on
/// the whole suite, the training templates and the held-out templates. Errors are listed for training
/// templates only: the held-out ones are never looked at while tuning.
/// </summary>
internal static class HateCheckReport
{
    public const double UnsafeThreshold = 0.5;

    public static void Print(IReadOnlyList<HateCheckCase> suite, bool rulesOnly, string? errorsOf)
    {
        var analyzer = new SafetyAnalyzer(SafetyLexicon.Default, rulesOnly ? null : SafetyModel.Default);
        var results = suite.Select(c => (Case: c, Unsafe: IsUnsafe(analyzer, c.Text))).ToList();
        Console.WriteLine("| functionality | gold | all | train templates | held-out templates |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Case.Functionality).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"| {group.Key} | {(group.First().Case.Hateful ? "hateful" : "non-hateful")} | {Accuracy(group)} | {Accuracy(group.Where(r => !HateCheckSuite.IsHeldOut(r.Case.TemplateId)))} | {Accuracy(group.Where(r => HateCheckSuite.IsHeldOut(r.Case.TemplateId)))} |");
        }

        Console.WriteLine($"| **overall** | | {Accuracy(results)} | {Accuracy(results.Where(r => !HateCheckSuite.IsHeldOut(r.Case.TemplateId)))} | {Accuracy(results.Where(r => HateCheckSuite.IsHeldOut(r.Case.TemplateId)))} |");
        Console.WriteLine($"| hateful (recall) | | {Accuracy(results.Where(r => r.Case.Hateful))} | | |");
        Console.WriteLine($"| non-hateful (specificity) | | {Accuracy(results.Where(r => !r.Case.Hateful))} | | |");
        if (errorsOf is not null)
        {
            foreach (var (c, _) in results.Where(r => r.Case.Functionality == errorsOf && r.Unsafe != r.Case.Hateful && !HateCheckSuite.IsHeldOut(r.Case.TemplateId)))
            {
                Console.WriteLine($"  wrong: {c.Text}");
            }
        }
    }

    public static bool IsUnsafe(SafetyAnalyzer analyzer, string text)
    {
        var document = new ExtractedDocument { Pages = [new PageText(1, text)], PageCount = 1, MediaType = "text/plain" };
        (List<SentenceAssessment> sentences, long characters) = analyzer.Assess(document, CancellationToken.None);
        return DocumentJudgement.Judge(sentences, characters).Any(j => Math.Round(j.Confidence, 2) >= UnsafeThreshold);
    }

    private static string Accuracy(IEnumerable<(HateCheckCase Case, bool Unsafe)> results)
    {
        var list = results.ToList();
        if (list.Count == 0)
        {
            return "-";
        }

        int right = list.Count(r => r.Unsafe == r.Case.Hateful);
        return string.Create(CultureInfo.InvariantCulture, $"{100.0 * right / list.Count:0.0}% ({right}/{list.Count})");
    }
}
