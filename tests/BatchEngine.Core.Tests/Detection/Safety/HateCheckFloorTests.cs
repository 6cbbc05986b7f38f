using BatchEngine.Detection.Safety;
using BatchEngine.SafetyTrainer;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Detection.Safety;

/// <summary>
/// HateCheck (Röttger et al., 2021, "HateCheck: Functional Tests for Hate Speech Detection Models", ACL;
/// CC BY 4.0; read from ../shared/eval/hatecheck, never copied): every case through the unsafe-content
/// analysis and its document judgement. <c>hateful</c> must come out Unsafe, <c>non-hateful</c> must not.
/// Floors sit a little under the figures measured when they were set (docs/classification-quality.md); the
/// held-out templates (<c>templ_id % 4 == 0</c>) were never trained on.
/// </summary>
public sealed class HateCheckFloorTests(ITestOutputHelper output)
{
    private const double OverallFloor = 0.88;
    private const double HeldOutFloor = 0.82;
    private const double HatefulFloor = 0.85;
    private const double NonHatefulFloor = 0.93;

    /// <summary>
    /// Every functionality but the two whose threats HateCheck calls non-hateful (threats against an individual
    /// or a group it does not protect are threats under this product's policy, so they are Unsafe here).
    /// </summary>
    private const double FunctionalityFloor = 0.65;

    [Fact]
    public void HateCheck_accuracy_holds_its_floors()
    {
        string path = Path.Combine(RepositoryPaths.Shared, "eval", "hatecheck", "test_suite_cases.csv");
        IReadOnlyList<HateCheckCase> suite = HateCheckSuite.Read(path);
        Assert.Equal(3728, suite.Count);
        var results = suite.Select(c => (Case: c, Right: HateCheckReport.IsUnsafe(SafetyAnalyzer.Default, c.Text) == c.Hateful)).ToList();

        double Accuracy(IEnumerable<(HateCheckCase Case, bool Right)> rows)
        {
            var list = rows.ToList();
            return list.Count(r => r.Right) / (double)list.Count;
        }

        foreach (var group in results.GroupBy(r => r.Case.Functionality).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{group.Key,-22} {Accuracy(group):P1}");
            if (group.Key is not ("target_indiv_nh" or "target_group_nh"))
            {
                Assert.True(Accuracy(group) >= FunctionalityFloor, $"{group.Key}: {Accuracy(group):P1} is under {FunctionalityFloor:P0}");
            }
        }

        Assert.True(Accuracy(results) >= OverallFloor, $"overall {Accuracy(results):P1}");
        Assert.True(Accuracy(results.Where(r => HateCheckSuite.IsHeldOut(r.Case.TemplateId))) >= HeldOutFloor, "held-out templates");
        Assert.True(Accuracy(results.Where(r => r.Case.Hateful)) >= HatefulFloor, "hateful cases");
        Assert.True(Accuracy(results.Where(r => !r.Case.Hateful)) >= NonHatefulFloor, "non-hateful cases");
    }
}
