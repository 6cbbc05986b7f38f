using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BatchEngine.AspNetCore;
using BatchEngine.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// Issue 15, item 18: any caller could list, read, cancel, delete and review anyone's jobs. Now a job belongs to
/// the authenticated user who uploaded it: another user's job answers 404 (as an unknown one) everywhere, the
/// listing shows the caller's own jobs, an admin policy sees all, and a review is signed by who is signed in.
/// Two (and three) authenticated clients over a real Kestrel.
/// </summary>
public sealed class OwnershipTests() : KestrelHostTests(new SampleHostFactory
    {
        Endpoints = o => o.AdminPolicy = AdminPolicy,
        MoreServices = s =>
        {
            s.AddAuthentication(HeaderAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
            s.AddAuthorization(a => a.AddPolicy(AdminPolicy, p => p.RequireRole("admin")));
        },
    })
{
    private const string AdminPolicy = "batch-admin";

    [Fact]
    public async Task Another_users_job_is_404_on_every_endpoint_and_missing_from_their_list()
    {
        using var aliceHttp = KestrelClients.Client(Address, "alice");
        using var bobHttp = KestrelClients.Client(Address, "bob");
        var alice = new BatchClient(aliceHttp);
        var bob = new BatchClient(bobHttp);
        var aliceJob = await alice.UploadAcceptedAsync(("alice.txt", TestFiles.Text("Alice's notes.")));
        var bobJob = await bob.UploadAcceptedAsync(("bob.txt", TestFiles.Text("Bob's notes.")));
        var aliceDoc = (await alice.WaitForTerminalAsync(aliceJob))["documents"]![0]!["doc_id"]!.GetValue<string>();

        var review = new { new_label = "Public", reviewer = "bob", comment = "mine now" };
        var attempts = new (string What, Func<Task<HttpResponseMessage>> Send, string Detail)[]
        {
            ("status", () => bobHttp.GetAsync($"/status/{aliceJob}"), "Job not found"),
            ("events", () => bobHttp.GetAsync($"/status/{aliceJob}/events"), "Job not found"),
            ("results", () => bobHttp.GetAsync($"/jobs/{aliceJob}/results?format=csv"), "Job not found"),
            ("cancel", () => bobHttp.PostAsync($"/jobs/{aliceJob}/cancel", null), "Job not found"),
            ("delete job", () => bobHttp.DeleteAsync($"/jobs/{aliceJob}"), "Job not found"),
            ("document", () => bobHttp.GetAsync($"/documents/{aliceDoc}"), "Document not found"),
            ("review", () => bobHttp.PostAsJsonAsync($"/documents/{aliceDoc}/review", review), "Document not found"),
            ("delete document", () => bobHttp.DeleteAsync($"/documents/{aliceDoc}"), "Document not found"),
        };
        foreach (var (what, send, detail) in attempts)
        {
            using var response = await send();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what} answered {(int)response.StatusCode}");
            Assert.Equal(detail, (await BatchClient.ReadProblemAsync(response, 404))["detail"]!.GetValue<string>());
        }

        var bobsList = await bob.GetJsonAsync("/jobs");
        var alicesList = await alice.GetJsonAsync("/jobs");
        Assert.Equal([bobJob], bobsList["jobs"]!.AsArray().Select(j => j!["job_id"]!.GetValue<string>()));
        Assert.Equal(1, bobsList["total"]!.GetValue<int>());
        Assert.Equal([aliceJob], alicesList["jobs"]!.AsArray().Select(j => j!["job_id"]!.GetValue<string>()));

        // Nothing Bob tried changed Alice's job.
        var untouched = await alice.GetJsonAsync($"/status/{aliceJob}");
        Assert.Equal("completed", untouched["status"]!.GetValue<string>());
        Assert.Null((await alice.GetJsonAsync($"/documents/{aliceDoc}"))["review"]);
    }

    [Fact]
    public async Task An_admin_sees_every_job_and_anonymous_callers_see_only_jobs_without_an_owner()
    {
        using var aliceHttp = KestrelClients.Client(Address, "alice");
        using var adminHttp = KestrelClients.Client(Address, "carol", role: "admin");
        using var anonymousHttp = KestrelClients.Client(Address);
        var aliceJob = await new BatchClient(aliceHttp).UploadAcceptedAsync(("alice.txt", TestFiles.Text()));
        var anonymousJob = await new BatchClient(anonymousHttp).UploadAcceptedAsync(("anon.txt", TestFiles.Text()));

        var adminList = await new BatchClient(adminHttp).GetJsonAsync("/jobs");
        var anonymousList = await new BatchClient(anonymousHttp).GetJsonAsync("/jobs");
        using var anonymousPeek = await anonymousHttp.GetAsync($"/status/{aliceJob}");
        using var adminPeek = await adminHttp.GetAsync($"/status/{aliceJob}");

        Assert.Equal(2, adminList["total"]!.GetValue<int>());
        Assert.Equal([anonymousJob], anonymousList["jobs"]!.AsArray().Select(j => j!["job_id"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, anonymousPeek.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminPeek.StatusCode);
    }

    [Fact]
    public async Task A_review_is_signed_by_the_signed_in_user_whatever_the_body_says()
    {
        using var aliceHttp = KestrelClients.Client(Address, "alice");
        var alice = new BatchClient(aliceHttp);
        var jobId = await alice.UploadAcceptedAsync(("alice.txt", TestFiles.Text()));
        var docId = (await alice.WaitForTerminalAsync(jobId))["documents"]![0]!["doc_id"]!.GetValue<string>();

        using var response = await aliceHttp.PostAsJsonAsync($"/documents/{docId}/review", new { new_label = "Confidential", reviewer = "mallory", comment = "internal" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alice", body["review"]!["reviewer"]!.GetValue<string>());
    }
}
