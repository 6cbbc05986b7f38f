namespace BatchEngine.Benchmarks.Harness;

/// <summary>
/// Whether this process runs the suite in CI's dry mode. CI runs benchmarks in this process (in-process
/// toolchain), so the flag set by <see cref="SuiteRunner"/> reaches their setup.
/// </summary>
internal static class SuiteMode
{
    public static bool IsCiDryRun { get; set; }
}
