using BatchEngine.Tests.Support;
using Microsoft.Playwright;

namespace BatchEngine.Tests.Dashboard;

/// <summary>
/// The sample host on a real Kestrel and one browser page on its dashboard. It records what must never
/// happen on the page (a dialog such as alert(), a Content-Security-Policy violation, an uncaught script
/// error) and writes screenshots under the test output's TestResults/dashboard folder.
/// </summary>
internal sealed class DashboardSession : IAsyncDisposable
{
    private readonly SampleHostFactory _host;
    private readonly IBrowserContext _context;

    private DashboardSession(SampleHostFactory host, Uri address, IBrowserContext context, IPage page)
    {
        _host = host;
        Address = address;
        _context = context;
        Page = page;
    }

    /// <summary>Where screenshots go: bin/Release/net10.0/TestResults/dashboard beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");

    public Uri Address { get; }

    public IPage Page { get; }

    /// <summary>Dialogs that were not expected (alert() above all); each was dismissed.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>When set, a confirm() (the delete button's) is accepted instead of being recorded.</summary>
    public bool AcceptConfirmations { get; set; }

    public List<string> PageErrors { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<DashboardSession> OpenAsync(ChromiumBrowser chromium, Action<BatchEngineOptions>? engine = null, int width = 1280, int height = 900)
    {
        var (host, address) = KestrelSampleHost.Start(new SampleHostFactory { Engine = engine });
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var session = new DashboardSession(host, address, context, page);
        page.Dialog += async (_, dialog) =>
        {
            if (session.AcceptConfirmations && dialog.Type == DialogType.Confirm)
            {
                await dialog.AcceptAsync();
                return;
            }

            session.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => session.PageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.ConsoleErrors.Add(message.Text);
            }
        };
        return session;
    }

    public Uri Url(string relative) => new(Address, relative);

    /// <summary>Opens the home view (upload and jobs) and waits for the script to have drawn it.</summary>
    public async Task OpenHomeAsync()
    {
        await Page.GotoAsync(Url("/").ToString());
        await Page.Locator("#upload-files").WaitForAsync();
    }

    /// <summary>Chooses files in the upload panel, uploads them, and opens the new job from the notice's link; returns the job's id.</summary>
    public async Task<string> UploadAndOpenJobAsync(params string[] paths)
    {
        await Page.Locator("#upload-files").SetInputFilesAsync(paths);
        return await StartUploadAndOpenJobAsync();
    }

    /// <summary>The same with files made in memory.</summary>
    public async Task<string> UploadAndOpenJobAsync(IEnumerable<FilePayload> files)
    {
        await Page.Locator("#upload-files").SetInputFilesAsync(files);
        return await StartUploadAndOpenJobAsync();
    }

    /// <summary>Clicks Upload (files already chosen) and opens the job from the notice's link.</summary>
    public async Task<string> StartUploadAndOpenJobAsync()
    {
        await Page.Locator("#upload-start").ClickAsync();
        await Page.Locator("#notice-job-link").ClickAsync();
        return await JobIdAfterUploadAsync();
    }

    /// <summary>The job's page is open: its id is in the address.</summary>
    public async Task<string> JobIdAfterUploadAsync()
    {
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#/jobs/[0-9a-f-]{36}$"));
        return Page.Url[(Page.Url.LastIndexOf('/') + 1)..];
    }

    /// <summary>Waits until the job's page shows every document's bar at 100%.</summary>
    public Task WaitForEveryBarAtHundredAsync(int documents) =>
        Page.WaitForFunctionAsync(
            "n => { const bars = [...document.querySelectorAll('#job-documents progress')]; return bars.length === n && bars.every(b => b.value === 100); }",
            documents,
            new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 100 });

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Nothing the page must never do happened: no dialog, no uncaught error, no CSP report.</summary>
    public void AssertNothingRan()
    {
        Assert.Empty(Dialogs);
        Assert.Empty(PageErrors);
        Assert.DoesNotContain(ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _host.DisposeAsync();
    }
}
