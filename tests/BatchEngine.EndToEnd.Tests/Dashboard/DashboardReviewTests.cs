using System.Text.Json.Nodes;

namespace BatchEngine.Tests.Dashboard;

/// <summary>A document's page: the machine's answer, its evidence, and a review kept beside it.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DashboardReviewTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_review_submitted_from_the_keyboard_is_shown_beside_the_machines_answer()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();
        await session.UploadAndOpenJobAsync(DashboardFiles.ThreePdfs[0]);
        await session.WaitForEveryBarAtHundredAsync(1);

        await page.Locator("#job-documents a.doc-link").First.ClickAsync();
        await page.Locator("#machine-category [data-category]").WaitForAsync();
        var machine = await page.Locator("#machine-category [data-category]").TextContentAsync();
        Assert.Equal("invoice2data_AmazonWebServices.pdf", await page.Locator("#doc-title").TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#machine-explanation").TextContentAsync()));
        Assert.Matches(@"^\d+%$", await page.Locator("#machine-confidence").TextContentAsync());
        Assert.Contains(await page.Locator("#machine-review-needed").TextContentAsync(), new[] { "No", "⚑ Yes: a person should check it" });
        Assert.Equal("No review yet. The machine's answer stands.", await page.Locator("#review-none").TextContentAsync());
        var label = machine == "Confidential" ? "Highly Sensitive" : "Confidential";

        // Keyboard only: focus the label, pick with the arrow keys' equivalent, type, Tab to the button, Enter.
        await page.Locator("#review-label").FocusAsync();
        await page.Locator("#review-label").SelectOptionAsync(label);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Dana Reviewer");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Checked by hand: an internal invoice.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("review-submit", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#review-stored-label [data-category]").WaitForAsync();
        Assert.Equal(label, await page.Locator("#review-stored-label").TextContentAsync());
        Assert.Equal("Dana Reviewer", await page.Locator("#review-stored-reviewer").TextContentAsync());
        Assert.Equal("Checked by hand: an internal invoice.", await page.Locator("#review-stored-comment").TextContentAsync());
        Assert.Equal(machine, await page.Locator("#machine-category").TextContentAsync());
        var docId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var stored = JsonNode.Parse(await (await page.APIRequest.GetAsync(session.Url($"/documents/{docId}").ToString())).TextAsync())!;
        Assert.Equal(label, stored["review"]!["new_label"]!.GetValue<string>());
        Assert.Equal(machine, stored["classification"]!["final_category"]!.GetValue<string>());
        await session.ScreenshotAsync("04-document-reviewed");
        session.AssertNothingRan();
    }

    [Fact]
    public async Task A_review_without_a_reviewer_is_refused_on_the_page_and_nothing_is_stored()
    {
        await using var session = await DashboardSession.OpenAsync(chromium);
        var page = session.Page;
        await session.OpenHomeAsync();
        await session.UploadAndOpenJobAsync(DashboardFiles.ThreePdfs[2]);
        await session.WaitForEveryBarAtHundredAsync(1);
        await page.Locator("#job-documents a.doc-link").First.ClickAsync();
        await page.Locator("#review-submit").ClickAsync();

        Assert.Equal("Give the reviewer's name.", await page.Locator("#review-error").TextContentAsync());
        Assert.Equal("review-reviewer", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var docId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var stored = JsonNode.Parse(await (await page.APIRequest.GetAsync(session.Url($"/documents/{docId}").ToString())).TextAsync())!;
        Assert.Null(stored["review"]);
    }
}
