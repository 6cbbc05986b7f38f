using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Ownership;

/// <summary>
/// Says who a request acts for, so the endpoints can record a job's owner and show each caller only its own
/// jobs. Register your own (<c>services.AddSingleton&lt;IJobOwnerResolver, MyResolver&gt;()</c>) to own jobs by
/// tenant or API key; the default is <see cref="ClaimsJobOwnerResolver"/>.
/// </summary>
public interface IJobOwnerResolver
{
    /// <summary>The owner id of the caller, or null for a caller without one (anonymous).</summary>
    string? GetOwner(HttpContext context);
}
