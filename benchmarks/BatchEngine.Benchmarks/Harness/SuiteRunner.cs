using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BatchEngine.Benchmarks.Harness;

/// <summary>
/// Runs the suite through BenchmarkDotNet's switcher and turns its summaries into an exit code, so CI
/// fails when a benchmark throws, finds nothing to run, or is rejected by a validator.
/// </summary>
internal static class SuiteRunner
{
    private const string CiFlag = "--ci";

    public static int Run(string[] args)
    {
        var ci = args.Contains(CiFlag, StringComparer.OrdinalIgnoreCase);
        var switcherArgs = args.Where(a => !string.Equals(a, CiFlag, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ci && !switcherArgs.Any(a => a is "--filter" or "-f"))
        {
            // CI has no standard input: never let the switcher fall back to its interactive prompt.
            switcherArgs.AddRange(["--filter", "*"]);
        }

        SuiteMode.IsCiDryRun = ci;
        UnitsOfWork.ClearPublished();
        var summaries = BenchmarkSwitcher
            .FromAssembly(typeof(SuiteRunner).Assembly)
            .Run([.. switcherArgs], SuiteConfig.Create(ci))
            .ToList();
        return Verdict(summaries);
    }

    /// <summary>0 when at least one benchmark ran and every one of them produced a result.</summary>
    private static int Verdict(IReadOnlyList<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).ToList();
        var failed = reports.Where(r => !r.Success || r.ResultStatistics is null).ToList();
        var invalid = summaries.Where(s => s.HasCriticalValidationErrors).ToList();
        foreach (var report in failed)
        {
            Console.Error.WriteLine($"FAILED: {report.BenchmarkCase.DisplayInfo}");
        }

        foreach (var error in invalid.SelectMany(s => s.ValidationErrors).Where(e => e.IsCritical))
        {
            Console.Error.WriteLine($"INVALID: {error.Message}");
        }

        // The plain closing line CI reads when it counts results.
        Console.WriteLine($"benchmarks: {reports.Count - failed.Count} passed, {failed.Count + invalid.Count} failed");
        return reports.Count > 0 && failed.Count == 0 && invalid.Count == 0 ? 0 : 1;
    }
}
