using Microsoft.Playwright;

namespace BatchEngine.Tests.Dashboard;

/// <summary>The job's live view survives a dropped event stream: it connects again and still reaches the end.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardReconnectTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task After_the_event_stream_is_cut_the_page_reconnects_and_every_bar_still_reaches_100_percent()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, engine => engine.WorkerCount = 1);
        var page = session.Page;
        var connections = 0;
        var states = new List<string>();
        await page.RouteAsync("**/status/*/events", async route =>
        {
            // The first connection is reset as a dropped network would; later ones go through.
            if (Interlocked.Increment(ref connections) == 1)
            {
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        // Every state the connection line shows, from the page's first moment (the cut comes at once).
        await page.ExposeFunctionAsync("recordConnectionState", (string state) =>
        {
            lock (states)
            {
                states.Add(state);
            }
        });
        await page.AddInitScriptAsync(
            """
            new MutationObserver((changes) => changes.forEach((c) => c.target.id === 'job-connection' && window.recordConnectionState(c.target.dataset.state)))
              .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
            """);
        await session.OpenHomeAsync();

        await session.UploadAndOpenJobAsync(DashboardFiles.LongBatch(6));
        await session.WaitForEveryBarAtHundredAsync(6);
        await page.Locator("#job-connection[data-state=finished]").WaitForAsync();

        Assert.True(connections >= 2, $"the page opened the event stream {connections} time(s)");
        lock (states)
        {
            Assert.Contains("reconnecting", states);
        }

        session.AssertNothingRan();
    }
}
