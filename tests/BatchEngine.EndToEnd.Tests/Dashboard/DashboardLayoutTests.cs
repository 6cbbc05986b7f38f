namespace BatchEngine.Tests.Dashboard;

/// <summary>
/// Every view at 360 pixels wide: nothing wider than the screen, every control named, the keyboard
/// reaches the upload, and focus is visible.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardLayoutTests(ChromiumBrowser chromium)
{
    // A control without a name: no <label>, no aria-label and no text of its own.
    private const string UnnamedControls =
        "() => [...document.querySelectorAll('input, select, textarea, button, progress, a[href]')]" +
        ".filter(e => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim())).map(e => e.outerHTML)";

    private const string Overflow = "() => document.documentElement.scrollWidth - window.innerWidth";

    [Fact]
    public async Task At_360_pixels_every_view_fits_names_its_controls_and_shows_focus()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, width: 360, height: 780);
        var page = session.Page;
        await session.OpenHomeAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>(UnnamedControls));

        // From the top of the page, Tab reaches the file input; its focus ring is drawn.
        string? focused = null;
        for (var presses = 0; presses < 10 && focused != "upload-files"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        }

        Assert.Equal("upload-files", focused);
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await page.Locator("#upload-files").SetInputFilesAsync(DashboardFiles.ThreePdfs);
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        await session.ScreenshotAsync("07-narrow-home");

        await session.StartUploadAndOpenJobAsync();
        await session.WaitForEveryBarAtHundredAsync(3);
        await page.Locator("#category-chart").WaitForAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        Assert.Empty(await page.EvaluateAsync<string[]>(UnnamedControls));
        await session.ScreenshotAsync("08-narrow-job");

        await page.Locator("#job-documents a.doc-link").Nth(1).ClickAsync();
        await page.Locator("#machine-category [data-category]").WaitForAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>(Overflow));
        Assert.Empty(await page.EvaluateAsync<string[]>(UnnamedControls));
        await session.ScreenshotAsync("09-narrow-document");
        session.AssertNothingRan();
    }
}
