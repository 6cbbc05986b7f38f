using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>Where the sample host this test project builds lands.</summary>
internal static class SampleHostBuild
{
    /// <summary>The sample host's dll built in the same configuration (Debug/Release) as these tests.</summary>
    public static string Dll
    {
        get
        {
            // AppContext.BaseDirectory = .../bin/{Configuration}/{TargetFramework}/
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(RepositoryPaths.Root, "samples", "BatchEngine.SampleHost", "bin", configuration, framework.Name, "BatchEngine.SampleHost.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the sample host first (the test project builds it).", dll);
        }
    }
}
