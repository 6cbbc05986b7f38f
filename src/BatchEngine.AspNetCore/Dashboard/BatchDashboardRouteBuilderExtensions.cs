using BatchEngine.AspNetCore.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BatchEngine.AspNetCore;

/// <summary>Maps BatchEngine's dashboard page: <c>app.MapBatchDashboard("/dashboard")</c>.</summary>
public static class BatchDashboardRouteBuilderExtensions
{
    /// <summary>
    /// Serves the dashboard (upload, jobs, live progress per document, results, review) at <paramref name="pattern"/>.
    /// Its page, script and styles are embedded in this assembly, so it needs no CDN and no build step and
    /// works offline; it is sent with a strict Content-Security-Policy. It calls the batch API, mapped
    /// separately with <c>MapBatchEndpoints(apiPrefix)</c>, from the browser.
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">Where the page lives, for example <c>/dashboard</c>.</param>
    /// <param name="apiPrefix">The prefix the batch API was mapped with (<c>MapBatchEndpoints(apiPrefix)</c>); empty by default.</param>
    /// <returns>The dashboard's route group, to chain <c>RequireAuthorization()</c> (protect the API's group the same way).</returns>
    public static RouteGroupBuilder MapBatchDashboard(this IEndpointRouteBuilder endpoints, string pattern = "/dashboard", string apiPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentNullException.ThrowIfNull(apiPrefix);

        var assets = DashboardAssets.Load();
        var page = new DashboardPage(assets.Page, apiPrefix.TrimEnd('/'));
        var group = endpoints.MapGroup(pattern).WithTags("BatchEngine dashboard").ExcludeFromDescription();
        group.MapGet("/", page.Serve).WithName("BatchDashboard");
        group.MapGet("/assets/{**name}", (string name, HttpContext context) => assets.Serve(name, context));
        return group;
    }
}
