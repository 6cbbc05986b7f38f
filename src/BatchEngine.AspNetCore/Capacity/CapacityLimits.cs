using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Capacity;

/// <summary>The per-endpoint concurrency limits of <see cref="BatchEndpointOptions"/>, one filter each, made when the endpoints are mapped.</summary>
internal static class CapacityLimits
{
    public static RouteHandlerBuilder LimitUploads(this RouteHandlerBuilder endpoint, BatchEndpointOptions options) =>
        endpoint.AddEndpointFilter(new ConcurrencyLimitFilter(
            options.MaxConcurrentUploads,
            $"Too many uploads at once: at most {options.MaxConcurrentUploads} run together (BatchEndpointOptions.MaxConcurrentUploads). Try again shortly."));

    public static RouteHandlerBuilder LimitEventStreams(this RouteHandlerBuilder endpoint, BatchEndpointOptions options) =>
        endpoint.AddEndpointFilter(new ConcurrencyLimitFilter(
            options.MaxEventStreams,
            $"Too many event streams are open: at most {options.MaxEventStreams} at once (BatchEndpointOptions.MaxEventStreams). Poll /status/{{job_id}} instead, or try again shortly."));

    public static RouteHandlerBuilder LimitClassifications(this RouteHandlerBuilder endpoint, BatchEndpointOptions options) =>
        endpoint.AddEndpointFilter(new ConcurrencyLimitFilter(
            options.MaxConcurrentClassifications,
            $"Too many classifications at once: at most {options.MaxConcurrentClassifications} run together (BatchEndpointOptions.MaxConcurrentClassifications). Try again shortly, or upload a batch."));
}
