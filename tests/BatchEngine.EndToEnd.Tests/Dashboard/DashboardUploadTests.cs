using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace BatchEngine.Tests.Dashboard;

/// <summary>Upload through the page, then watch the job's live bars: the dashboard's main path in Chromium.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardUploadTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Three_corpus_pdfs_uploaded_through_the_page_each_reach_100_percent_live()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();

        await page.Locator("#upload-files").SetInputFilesAsync(DashboardFiles.ThreePdfs);
        Assert.Equal(
            ["invoice2data_AmazonWebServices.pdf", "pdfjs_TAMReview.pdf", "invoice2data_oyo.pdf"],
            await page.Locator("#upload-chosen li .filename").AllTextContentsAsync());
        await session.ScreenshotAsync("01-home-files-chosen");

        await page.Locator("#upload-start").ClickAsync();
        await page.Locator("#notice-job-link").WaitForAsync();
        Assert.Equal(100, await page.Locator("#upload-progress").EvaluateAsync<double>("bar => bar.value"));
        Assert.Contains("Successfully queued 3 documents.", await page.Locator("#notice").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("#notice-job-link").ClickAsync();
        var jobId = await session.JobIdAfterUploadAsync();
        await session.WaitForEveryBarAtHundredAsync(3);

        Assert.Equal(["completed", "completed", "completed"], await page.Locator("#job-documents li").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.status)"));
        await page.Locator("#job-connection[data-state=finished]").WaitForAsync();
        await page.Locator("#category-chart").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#job-documents .doc-category [data-category]').length === 3");
        var categories = await page.Locator("#job-documents .doc-category [data-category]").AllTextContentsAsync();
        var chartLabel = await page.Locator("#category-chart svg").GetAttributeAsync("aria-label");
        foreach (var category in categories.Distinct())
        {
            Assert.Contains($"{category}: {categories.Count(c => c == category)}", chartLabel, StringComparison.Ordinal);
        }

        var status = JsonNode.Parse(await (await page.APIRequest.GetAsync(session.Url($"/status/{jobId}").ToString())).TextAsync())!;
        Assert.Equal("completed", status["status"]!.GetValue<string>());
        Assert.Equal("100.0%", await page.Locator("#job-progress + .progress-text").TextContentAsync());
        await session.ScreenshotAsync("02-job-completed");

        await page.GotoAsync(session.Url("/dashboard/#/").ToString());
        var first = page.Locator("#jobs li.job").First;
        await first.Locator("[data-status=completed]").WaitForAsync();
        Assert.Equal(jobId, await first.GetAttributeAsync("data-job-id"));
        await session.ScreenshotAsync("03-jobs-list");
        session.AssertNothingRan();
    }

    [Fact]
    public async Task The_export_links_download_the_jobs_results_as_json_and_csv()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();
        await session.UploadAndOpenJobAsync(DashboardFiles.ThreePdfs[0]);
        await session.WaitForEveryBarAtHundredAsync(1);

        var json = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-json").ClickAsync());
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());

        var results = JsonNode.Parse(await File.ReadAllTextAsync((await json.PathAsync())!))!;
        Assert.Equal("invoice2data_AmazonWebServices.pdf", results["results"]![0]!["filename"]!.GetValue<string>());
        var lines = await File.ReadAllLinesAsync((await csv.PathAsync())!);
        Assert.StartsWith("doc_id,filename,status,final_category", lines[0], StringComparison.Ordinal);
        Assert.Contains("invoice2data_AmazonWebServices.pdf,completed,", lines[1], StringComparison.Ordinal);
    }
}
