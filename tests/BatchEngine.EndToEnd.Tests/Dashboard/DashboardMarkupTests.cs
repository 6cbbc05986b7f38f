using BatchEngine.Tests.Support;

namespace BatchEngine.Tests.Dashboard;

/// <summary>
/// A file dropped on the page under a name that is markup: the name shows as those characters on every
/// view and nothing runs (no alert, no image element, no policy violation).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardMarkupTests(ChromiumBrowser chromium)
{
    private const string MarkupName = "<img src=x onerror=alert(1)>.pdf";

    [Fact]
    public async Task A_dropped_file_named_as_markup_shows_as_text_and_runs_nothing()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();
        var bytes = Convert.ToBase64String(File.ReadAllBytes(RepositoryPaths.CorpusFile("real/invoice2data_oyo.pdf")));

        // A real drop: a DataTransfer holding a File, dispatched on the drop zone as the browser would.
        var transfer = await page.EvaluateHandleAsync(
            """
            ([base64, name]) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], name, { type: 'application/pdf' }));
              return transfer;
            }
            """,
            new object[] { bytes, MarkupName });
        await page.DispatchEventAsync("#dropzone", "dragenter", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await page.DispatchEventAsync("#dropzone", "drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });

        Assert.Equal(MarkupName, await page.Locator("#upload-chosen li .filename").TextContentAsync());
        await session.StartUploadAndOpenJobAsync();
        await session.WaitForEveryBarAtHundredAsync(1);
        Assert.Equal(MarkupName, await page.Locator("#job-documents a.doc-link").TextContentAsync());
        await session.ScreenshotAsync("06-markup-file-name");

        await page.Locator("#job-documents a.doc-link").ClickAsync();
        await page.Locator("#machine-category [data-category]").WaitForAsync();
        Assert.Equal(MarkupName, await page.Locator("#doc-title").TextContentAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, script:not([src])').length"));
        Assert.Equal(MarkupName, await page.EvaluateAsync<string>("() => document.title.includes('<') ? '' : document.querySelector('#doc-title').firstChild.nodeValue"));
        session.AssertNothingRan();
    }
}
