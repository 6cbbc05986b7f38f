using FsCheck;
using FsCheck.Fluent;

namespace BatchEngine.Tests.Processing;

/// <summary>A random run: how many workers, and jobs with a priority and, per document, whether it fails.</summary>
public sealed record BatchScenario(int Workers, IReadOnlyList<JobPlan> Jobs)
{
    public override string ToString() =>
        $"workers={Workers}; jobs=[{string.Join("; ", Jobs.Select(j => $"p{j.Priority}:{new string([.. j.Fails.Select(f => f ? 'F' : '.')])}"))}]";

    public static Arbitrary<BatchScenario> Arbitrary()
    {
        var fails = Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)));
        var job =
            from priority in Gen.Choose(-2, 2)
            from size in Gen.Choose(1, 20)
            from plan in Gen.ArrayOf(fails, size)
            select new JobPlan(priority, plan);
        var scenario =
            from workers in Gen.Choose(1, 6)
            from count in Gen.Choose(1, 4)
            from jobs in Gen.ArrayOf(job, count)
            select new BatchScenario(workers, jobs);
        return Arb.From(scenario);
    }
}

/// <summary>One job of a scenario.</summary>
public sealed record JobPlan(int Priority, IReadOnlyList<bool> Fails);
