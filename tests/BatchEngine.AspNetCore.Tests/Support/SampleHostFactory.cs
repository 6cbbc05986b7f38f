using BatchEngine.AspNetCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Tests.Support;

/// <summary>
/// The sample host, in process, with its own content folder (deleted on dispose) and optional limit
/// changes. <c>UseKestrel(0)</c> + <c>StartServer()</c> turn it into a real Kestrel on a free loopback port.
/// </summary>
public class SampleHostFactory : WebApplicationFactory<Program>
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "batchengine-http-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Changes to the endpoint limits, applied after the host's own configuration.</summary>
    public Action<BatchEndpointOptions>? Endpoints { get; init; }

    /// <summary>Changes to the engine options, applied after the host's own configuration.</summary>
    public Action<BatchEngineOptions>? Engine { get; init; }

    /// <summary>More services (a test reader, for example).</summary>
    public Action<IServiceCollection>? MoreServices { get; init; }

    /// <summary>Where the engine keeps uploaded content for this host.</summary>
    public string ContentRoot => _contentRoot;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.Configure<BatchEngineOptions>(options =>
            {
                options.ContentRoot = _contentRoot;
                Engine?.Invoke(options);
            });
            if (Endpoints is not null)
            {
                services.Configure(Endpoints);
            }

            MoreServices?.Invoke(services);
        });
    }

    /// <summary>
    /// Stops the host. Under WebApplicationFactory the host is stopped twice at once (by the factory and by
    /// Program's app.Run); that once left the engine's workers parked forever (see the engine's
    /// OverlappingStopTests), so a stop that does not end within 30 seconds fails the test instead of hanging the run.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            DeleteContent();
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteContent();
        }
    }

    private void DeleteContent()
    {
        try
        {
            if (Directory.Exists(_contentRoot))
            {
                Directory.Delete(_contentRoot, recursive: true);
            }
        }
        catch (IOException)
        {
            // A worker of an abandoned host may still hold a file; the folder is under the temp folder.
        }
    }
}
