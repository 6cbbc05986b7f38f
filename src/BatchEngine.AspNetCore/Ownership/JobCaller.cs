using BatchEngine.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore.Ownership;

/// <summary>
/// Who made a request: the owner its jobs get, and whether it is an admin (passes
/// <see cref="BatchEndpointOptions.AdminPolicy"/>) who sees every job. Another owner's job is answered exactly as
/// an unknown one (404), so a caller cannot even learn that it exists.
/// </summary>
internal sealed record JobCaller(string? Owner, bool IsAdmin)
{
    public static async Task<JobCaller> ResolveAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var resolver = services.GetService<IJobOwnerResolver>() ?? ClaimsJobOwnerResolver.Instance;
        var policy = services.GetRequiredService<IOptions<BatchEndpointOptions>>().Value.AdminPolicy;
        var isAdmin = false;
        if (policy is not null && context.User.Identity?.IsAuthenticated == true)
        {
            var authorization = services.GetService<IAuthorizationService>()
                ?? throw new InvalidOperationException($"{nameof(BatchEndpointOptions)}.{nameof(BatchEndpointOptions.AdminPolicy)} is set, so call services.AddAuthorization() and define the policy '{policy}'.");
            isAdmin = (await authorization.AuthorizeAsync(context.User, policy).ConfigureAwait(false)).Succeeded;
        }

        return new JobCaller(resolver.GetOwner(context), isAdmin);
    }

    /// <summary>True when this caller may see (and act on) what <paramref name="owner"/> owns.</summary>
    public bool CanSee(string? owner) => IsAdmin || string.Equals(owner, Owner, StringComparison.Ordinal);

    public bool CanSee(JobRecord job) => CanSee(job.Owner);

    public bool CanSee(DocumentRecord document) => CanSee(document.Owner);

    /// <summary>The listing this caller may see: its own jobs, or every job for an admin.</summary>
    public JobQuery Scope(JobQuery query) => query with { AllOwners = IsAdmin, Owner = Owner };

    /// <summary>The name a review is signed with: the authenticated user's, when there is one.</summary>
    public static string? ReviewerName(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true } identity
            ? identity.Name ?? ClaimsJobOwnerResolver.Instance.GetOwner(context)
            : null;
}
