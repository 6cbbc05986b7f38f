using System.Net;
using BatchEngine.AspNetCore;
using BatchEngine.DependencyInjection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BatchEngine.Tests.Dashboard;

/// <summary><c>MapBatchDashboard()</c>: what it serves, with which headers, and that authorization chains onto it.</summary>
public sealed class DashboardEndpointTests
{
    [Fact]
    public async Task The_page_and_its_assets_come_from_the_assembly_with_a_strict_content_security_policy()
    {
        await using var app = await StartAsync(app => app.MapBatchDashboard("/dashboard", apiPrefix: "/api"));
        using var client = app.GetTestClient();

        using var bare = await client.GetAsync("/dashboard?x=1");
        using var page = await client.GetAsync("/dashboard/");
        using var script = await client.GetAsync("/dashboard/assets/js/main.js");
        using var styles = await client.GetAsync("/dashboard/assets/dashboard.css");
        using var unknown = await client.GetAsync("/dashboard/assets/secrets.json");
        using var pageAsAsset = await client.GetAsync("/dashboard/assets/index.html");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/dashboard/?x=1", bare.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<meta name=\"batchengine-api-base\" content=\"/api\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(script.Headers.ETag);
        Assert.Equal("text/css", styles.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageAsAsset.StatusCode);
    }

    [Fact]
    public async Task No_script_writes_markup_from_strings()
    {
        await using var app = await StartAsync(app => app.MapBatchDashboard());
        using var client = app.GetTestClient();
        var scripts = new[] { "main", "dom", "api", "words", "notice", "upload", "jobs", "job", "live", "chart", "fields", "review", "document" };

        foreach (var name in scripts)
        {
            var code = await client.GetStringAsync($"/dashboard/assets/js/{name}.js");
            Assert.DoesNotMatch(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function", code);
        }
    }

    [Fact]
    public async Task RequireAuthorization_on_the_returned_group_protects_the_page_and_its_assets()
    {
        await using var app = await StartAsync(
            app => app.MapBatchDashboard("/dashboard").RequireAuthorization(),
            services => services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie());
        using var client = app.GetTestClient();

        using var page = await client.GetAsync("/dashboard/");
        using var script = await client.GetAsync("/dashboard/assets/js/main.js");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
    }

    private static async Task<WebApplication> StartAsync(Action<WebApplication> map, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBatchEngine();
        builder.Services.AddAuthorization();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (services is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }

        map(app);
        await app.StartAsync();
        return app;
    }
}
