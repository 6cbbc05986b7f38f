using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using BatchEngine.Tests.Support;
using Xunit.Abstractions;

namespace BatchEngine.Tests.Packaging;

/// <summary>
/// Packs every package (each src/ project and the batchengine tool) into a local folder feed under a
/// version no other source has, checks what each holds (README, licence, repository, tags, symbols with
/// Source Link), then builds a brand-new web app in a temp folder, outside the repository, that references
/// them by that version, maps the endpoints and the dashboard, and classifies an uploaded PDF over HTTP.
/// </summary>
public sealed class ConsumerAppTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(15);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("batchengine-consumer-");

    [Fact]
    public async Task A_new_web_app_outside_the_repository_installs_the_packed_packages_and_classifies_an_upload()
    {
        var version = $"0.0.0-consumer.{Guid.NewGuid():N}";
        var feed = Path.Combine(_work.FullName, "feed");
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryPaths.Root, "samples", "BatchEngine.Cli", "BatchEngine.Cli.csproj"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var started = Stopwatch.StartNew();
        await PackAsync(projects, feed, version);
        output.WriteLine($"packed {projects.Length} packages in {started.Elapsed}");

        var packages = new PackedPackages(feed);
        foreach (var project in projects)
        {
            AssertPackageIsComplete(packages, Path.GetFileNameWithoutExtension(project), Path.GetDirectoryName(project)!, version);
        }

        var tool = PackedPackages.Files(packages.Path("BatchEngine.Cli", version)).Single(f => f.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        Assert.Contains("<Command Name=\"batchengine\" EntryPoint=\"BatchEngine.Cli.dll\"", PackedPackages.ReadText(packages.Path("BatchEngine.Cli", version), tool), StringComparison.Ordinal);

        var app = WriteWebApp(feed, version);
        await RunAsync(app, "dotnet", "build", "-c", "Release");
        output.WriteLine($"packed and built the consumer in {started.Elapsed}");
        await UploadAndClassifyAsync(app);
        output.WriteLine($"whole test {started.Elapsed}");
    }

    public void Dispose()
    {
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file in the temp folder; it is under the system temp folder.
        }
    }

    private async Task PackAsync(IEnumerable<string> projects, string feed, string version)
    {
        // One solution filter, so the shared projects build once; bin and obj go to a temp artifacts folder,
        // so the repository's own build output is never touched.
        var filter = Path.Combine(_work.FullName, "packages.slnf");
        var listed = projects.Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/')).ToArray();
        await File.WriteAllTextAsync(filter, JsonSerializer.Serialize(new { solution = new { path = Path.Combine(RepositoryPaths.Root, "BatchEngine.sln"), projects = listed } }));
        await RunAsync(RepositoryPaths.Root, "dotnet", "pack", filter, "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(_work.FullName, "artifacts"), $"-p:Version={version}");
    }

    private static void AssertPackageIsComplete(PackedPackages packages, string id, string projectFolder, string version)
    {
        var nupkg = packages.Path(id, version);
        Assert.True(File.Exists(nupkg), $"{id}: no {Path.GetFileName(nupkg)}");
        Assert.True(File.Exists(packages.SymbolsPath(id, version)), $"{id}: no symbols package");

        var metadata = PackedPackages.Nuspec(nupkg);
        Assert.Equal("file", PackedPackages.Element(metadata, "license")?.Attribute("type")?.Value);
        Assert.Equal("LICENSE", PackedPackages.Value(metadata, "license"));
        Assert.Equal("README.md", PackedPackages.Value(metadata, "readme"));
        Assert.Contains("sensitivity", PackedPackages.Value(metadata, "tags") ?? string.Empty, StringComparison.Ordinal);
        var repository = PackedPackages.Element(metadata, "repository");
        Assert.StartsWith("https://", repository?.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{40}$", repository?.Attribute("commit")?.Value ?? string.Empty);

        var files = PackedPackages.Files(nupkg);
        Assert.Contains("LICENSE", files);
        Assert.Contains("README.md", files);
        var ownReadme = Path.Combine(projectFolder, "README.md");
        if (File.Exists(ownReadme))
        {
            Assert.Equal(File.ReadAllText(ownReadme), PackedPackages.ReadText(nupkg, "README.md"));
        }

        var sourceLink = PackedPackages.SourceLink(packages.SymbolsPath(id, version), id);
        Assert.NotNull(sourceLink);
        Assert.Contains("\"documents\"", sourceLink, StringComparison.Ordinal);
    }

    private string WriteWebApp(string feed, string version)
    {
        var app = Path.Combine(_work.FullName, "consumer");
        Directory.CreateDirectory(app);

        // The packed feed, and the machine's package cache as a folder feed for the third-party packages;
        // the usual sources stay configured. A fresh packages folder, and a version only the feed has, so
        // nothing but the packed packages can be restored for BatchEngine.*.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_work.FullName, "packages")}" /></config>
              <packageSources>
                <add key="batchengine-packed" value="{feed}" />
                <add key="machine-cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BatchEngine.AspNetCore" Version="{version}" />
                <PackageReference Include="BatchEngine.Storage.Redis" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using BatchEngine.AspNetCore;
            using BatchEngine.DependencyInjection;
            using BatchEngine.Storage.Redis;

            var builder = WebApplication.CreateBuilder(args);
            var engine = builder.Services.AddBatchEngine(options => options.WorkerCount = 2);
            if (builder.Configuration["Redis"] is { } redis)
            {
                engine.AddRedis(redis);
            }

            var app = builder.Build();
            app.MapBatchEndpoints();
            app.MapBatchDashboard("/dashboard");
            app.Run();
            """);
        return app;
    }

    private async Task UploadAndClassifyAsync(string app)
    {
        var port = FreePort();
        var start = Start(app, "dotnet", Path.Combine("bin", "Release", "net10.0", "consumer.dll"), "--urls", $"http://127.0.0.1:{port}");
        using var host = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        host.OutputDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        host.ErrorDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            using var dashboard = await WaitForAsync(() => http.GetAsync("/dashboard/"), TimeSpan.FromMinutes(2));
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            Assert.Contains("script-src 'self'", dashboard.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("assets/js/main.js", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/dashboard/assets/js/main.js")).StatusCode);

            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(File.ReadAllBytes(RepositoryPaths.CorpusFile("real/invoice2data_oyo.pdf"))), "files", "invoice.pdf");
            var upload = JsonNode.Parse(await (await http.PostAsync("/batch/upload", form)).Content.ReadAsStringAsync())!;
            var jobId = upload["job_id"]!.GetValue<string>();
            JsonNode status;
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            do
            {
                await Task.Delay(250);
                status = JsonNode.Parse(await http.GetStringAsync($"/status/{jobId}"))!;
            }
            while (status["status"]!.GetValue<string>() is not ("completed" or "failed") && DateTime.UtcNow < deadline);

            Assert.Equal("completed", status["status"]!.GetValue<string>());
            var docId = status["documents"]![0]!["doc_id"]!.GetValue<string>();
            var document = JsonNode.Parse(await http.GetStringAsync($"/documents/{docId}"))!;
            var category = document["classification"]!["final_category"]!.GetValue<string>();
            output.WriteLine($"consumer app classified invoice.pdf as {category}");
            Assert.Contains(category, new[] { "Public", "Confidential", "Highly Sensitive", "Unsafe" });
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            lock (log)
            {
                output.WriteLine(log.ToString());
            }
        }
    }

    private static async Task<HttpResponseMessage> WaitForAsync(Func<Task<HttpResponseMessage>> request, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                return await request();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Start(string directory, string command, params string[] arguments)
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

        return start;
    }

    private async Task RunAsync(string directory, string command, params string[] arguments)
    {
        using var process = Process.Start(Start(directory, command, arguments))!;
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
    }
}
