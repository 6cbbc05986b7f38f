using System.Text.Json.Nodes;

namespace BatchEngine.Tests.Dashboard;

/// <summary>Cancel from the job's page while its documents are still running.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardCancelTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Cancelling_a_running_job_stops_it_and_the_page_says_so()
    {
        await using var session = await DashboardSession.OpenAsync(chromium, engine => engine.WorkerCount = 1);
        var page = session.Page;
        await session.OpenHomeAsync();
        var jobId = await session.UploadAndOpenJobAsync(DashboardFiles.LongBatch(12));
        await page.Locator("#job-documents li[data-status=processing], #job-documents li[data-status=completed]").First.WaitForAsync();

        await page.Locator("#job-cancel").ClickAsync();

        await page.Locator("#job-status [data-status=cancelled]").WaitForAsync();
        await page.Locator("#job-documents li[data-status=cancelled]").First.WaitForAsync();
        Assert.True(await page.Locator("#job-cancel").IsDisabledAsync());
        Assert.Contains("The job was cancelled", await page.Locator("#notice").TextContentAsync(), StringComparison.Ordinal);
        var status = JsonNode.Parse(await (await page.APIRequest.GetAsync(session.Url($"/status/{jobId}").ToString())).TextAsync())!;
        Assert.Equal("cancelled", status["status"]!.GetValue<string>());
        Assert.True(status["cancelled"]!.GetValue<int>() > 0);
        Assert.True(status["completed"]!.GetValue<int>() < 12);
        await session.ScreenshotAsync("05-job-cancelled");
        session.AssertNothingRan();
    }

    [Fact]
    public async Task Deleting_a_job_from_its_page_removes_it_after_the_confirmation()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();
        var jobId = await session.UploadAndOpenJobAsync(DashboardFiles.ThreePdfs[0]);
        await session.WaitForEveryBarAtHundredAsync(1);

        session.AcceptConfirmations = true;
        await page.Locator("#job-delete").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#/$"));

        Assert.Equal(404, (await page.APIRequest.GetAsync(session.Url($"/status/{jobId}").ToString())).Status);
        Assert.Contains("deleted", await page.Locator("#notice").TextContentAsync(), StringComparison.Ordinal);
        session.AssertNothingRan();
    }
}
