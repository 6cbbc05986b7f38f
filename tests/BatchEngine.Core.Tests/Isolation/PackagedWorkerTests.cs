using System.Diagnostics;
using BatchEngine.Tests.Reading;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Isolation;

/// <summary>
/// The worker ships inside the BatchEngine.Core package: pack Core (from a copy of its sources), build a
/// fresh console app that references only that package, and read a sound PDF and a stack-overflow PDF
/// through the default (isolated) reader. The app must print both outcomes and survive.
/// </summary>
public sealed class PackagedWorkerTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(8);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("batchengine-package-test-");

    [Fact]
    public async Task An_app_referencing_the_packed_package_reads_in_an_isolated_worker()
    {
        var repository = RepositoryPaths.Root;
        var version = $"0.0.0-packagetest.{Guid.NewGuid():N}";
        var source = CopyCoreSources(repository);
        var feed = Path.Combine(_work.FullName, "feed");
        await RunAsync(source, "dotnet", "pack", "src/BatchEngine.Core", "-c", "Release", "-o", feed, $"-p:Version={version}");
        var package = Assert.Single(Directory.GetFiles(feed, "BatchEngine.Core.*.nupkg"), f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
        output.WriteLine($"packed {Path.GetFileName(package)}");

        var app = WriteConsoleApp(feed, version);
        var result = await RunAsync(app, "dotnet", "run", "-c", "Release", "--",
            Corpus.PathOf("real/pdfjs_tracemonkey.pdf"), Corpus.PathOf("broken/pdfjs_REDHAT-1531897-0.pdf"));

        Assert.Contains("pdfjs_tracemonkey.pdf: 14 pages", result, StringComparison.Ordinal);
        Assert.Matches(@"pdfjs_REDHAT-1531897-0\.pdf: ExtractionFailedException: ExtractionCrashed: reader process exited with code \d+ while opening the document \(stack overflow\)", result);
        Assert.Contains("host alive", result, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private string CopyCoreSources(string repository)
    {
        var target = Path.Combine(_work.FullName, "source");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", "LICENSE", "BannedSymbols.txt" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(repository, file), Path.Combine(target, file));
        }

        var core = Path.Combine(repository, "src", "BatchEngine.Core");
        foreach (var file in Directory.EnumerateFiles(core, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, "src", "BatchEngine.Core", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private string WriteConsoleApp(string feed, string version)
    {
        var app = Path.Combine(_work.FullName, "app");
        Directory.CreateDirectory(app);

        // Only the local feed and the machine's package cache (as a folder feed): no network, and a fresh
        // packages folder so that no earlier copy of BatchEngine.Core can stand in for this one.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_work.FullName, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
                <add key="cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BatchEngine.Core" Version="{version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using BatchEngine.DependencyInjection;
            using BatchEngine.Reading;
            using Microsoft.Extensions.DependencyInjection;

            var services = new ServiceCollection();
            services.AddBatchEngine(options => options.Isolation.PoolSize = 1);
            await using var provider = services.BuildServiceProvider();
            var pdf = provider.GetServices<IDocumentReader>().First();
            foreach (var path in args)
            {
                try
                {
                    await using var content = File.OpenRead(path);
                    var document = await pdf.ReadAsync(content, CancellationToken.None);
                    Console.WriteLine($"{Path.GetFileName(path)}: {document.PageCount} pages");
                }
                catch (Exception error)
                {
                    Console.WriteLine($"{Path.GetFileName(path)}: {error.GetType().Name}: {error.Message}");
                }
            }

            Console.WriteLine("host alive");
            """);
        return app;
    }

    private async Task<string> RunAsync(string directory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`; its MSBuild settings must not leak into a separate build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await standardOutput + await standardError;
        output.WriteLine($"$ {command} {string.Join(' ', arguments)}\n{text}");
        Assert.True(process.ExitCode == 0, $"{command} {arguments[0]} exited with {process.ExitCode}");
        return text;
    }
}
