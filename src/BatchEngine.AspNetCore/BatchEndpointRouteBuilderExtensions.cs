using BatchEngine.AspNetCore.Capacity;
using BatchEngine.AspNetCore.Classify;
using BatchEngine.AspNetCore.Documents;
using BatchEngine.AspNetCore.Events;
using BatchEngine.AspNetCore.Export;
using BatchEngine.AspNetCore.Jobs;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.AspNetCore.Upload;
using BatchEngine.Batches;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore;

/// <summary>Maps BatchEngine's HTTP API: <c>app.MapBatchEndpoints()</c>.</summary>
public static class BatchEndpointRouteBuilderExtensions
{
    private const string Tag = "BatchEngine";

    // Declared beside multipart/form-data so any body reaches the handler, which answers a wrong media type with
    // a 415 carrying a detail; the router's own 415 has none.
    private const string AnyMediaType = "*/*";

    /// <summary>
    /// Maps the batch API under <paramref name="prefix"/>: <c>POST /batch/upload</c>, <c>GET /status/{job_id}</c>,
    /// <c>GET /jobs</c>, <c>GET /documents/{doc_id}</c> as the HTTP contract (docs/http.md) defines them, plus cancel, delete,
    /// server-sent events, results export, review and single-file classification.
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="prefix">A path prefix such as <c>/api</c>; empty maps the contract's paths as they are.</param>
    /// <returns>The route group, to chain <c>RequireAuthorization()</c>, rate limiting or OpenAPI settings.</returns>
    /// <exception cref="InvalidOperationException"><c>AddBatchEngine()</c> was not called, or <see cref="BatchEndpointOptions"/> is invalid.</exception>
    public static RouteGroupBuilder MapBatchEndpoints(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = EnsureEngineRegistered(endpoints.ServiceProvider);

        var group = endpoints.MapGroup(prefix).WithTags(Tag);
        MapReferenceEndpoints(group, options);
        MapAddedEndpoints(group, options);
        return group;
    }

    private static BatchEndpointOptions EnsureEngineRegistered(IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        var registered = isService?.IsService(typeof(IBatchEngine)) ?? services.GetService<IBatchEngine>() is not null;
        if (!registered)
        {
            throw new InvalidOperationException(
                "Unable to find the required services. Please add all the required services by calling " +
                "'IServiceCollection.AddBatchEngine()' in the application startup code before calling 'MapBatchEndpoints()'.");
        }

        var options = services.GetRequiredService<IOptions<BatchEndpointOptions>>().Value;
        if (new BatchEndpointOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            throw new InvalidOperationException($"Invalid {nameof(BatchEndpointOptions)}: {string.Join(" ", invalid.Failures)}");
        }

        return options;
    }

    private static void MapReferenceEndpoints(RouteGroupBuilder group, BatchEndpointOptions options)
    {
        group.MapPost("/batch/upload", UploadEndpoint.HandleAsync)
            .WithName("UploadBatch")
            .WithSummary("Upload multiple documents for background processing")
            .WithDescription("Streams the repeated multipart field 'files' into the engine and queues the accepted files as one job.")
            .Accepts<IFormFileCollection>("multipart/form-data", AnyMediaType)
            .Produces<UploadResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status507InsufficientStorage)
            .LimitUploads(options);

        group.MapGet("/status/{job_id}", StatusEndpoints.GetStatusAsync)
            .WithName("GetJobStatus")
            .WithSummary("Check real-time progress of a batch job")
            .WithDescription("Optional query parameters offset and limit page the documents list; without them every document is listed.")
            .Produces<JobStatusResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/jobs", JobEndpoints.ListAsync)
            .WithName("ListJobs")
            .WithSummary("View all batch processing jobs, newest first")
            .WithDescription("Optional query parameters: status (pending, processing, completed, failed, cancelled), limit, offset.")
            .Produces<JobListResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/documents/{doc_id}", DocumentEndpoints.GetAsync)
            .WithName("GetDocument")
            .WithSummary("Get one document with its classification once classified")
            .Produces<DocumentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapAddedEndpoints(RouteGroupBuilder group, BatchEndpointOptions options)
    {
        group.MapPost("/jobs/{job_id}/cancel", JobEndpoints.CancelAsync)
            .WithName("CancelJob")
            .WithSummary("Cancel a job: pending documents never start, running ones stop")
            .Produces<JobStatusResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/jobs/{job_id}", JobEndpoints.DeleteAsync)
            .WithName("DeleteJob")
            .WithSummary("Delete a job with its documents' content and results")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/documents/{doc_id}", DocumentEndpoints.DeleteAsync)
            .WithName("DeleteDocument")
            .WithSummary("Delete one document's content and result")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/status/{job_id}/events", JobEventsEndpoint.HandleAsync)
            .WithName("WatchJobStatus")
            .WithSummary("Live progress as server-sent events, ending when the job is terminal")
            .WithDescription("One 'status' event per progress change; its data is the /status/{job_id} body.")
            .Produces<JobStatusResponse>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .LimitEventStreams(options);

        group.MapGet("/jobs/{job_id}/results", ResultsEndpoint.HandleAsync)
            .WithName("ExportJobResults")
            .WithSummary("One row per document (file name, status, category, confidence, tags, review, error) as JSON or CSV")
            .Produces<JobResultsResponse>(StatusCodes.Status200OK)
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/documents/{doc_id}/review", DocumentEndpoints.ReviewAsync)
            .WithName("ReviewDocument")
            .WithSummary("Store a reviewer's label beside the machine's classification")
            .Accepts<ReviewRequest>("application/json")
            .Produces<DocumentResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPost("/classify", ClassifyEndpoint.HandleAsync)
            .WithName("ClassifyDocument")
            .WithSummary("Classify one file now, without a job (multipart field 'file')")
            .Accepts<IFormFile>("multipart/form-data", AnyMediaType)
            .Produces<ClassifyResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .LimitClassifications(options);
    }
}
