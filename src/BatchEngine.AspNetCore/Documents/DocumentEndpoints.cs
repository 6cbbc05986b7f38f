using System.Text.Json;
using BatchEngine.AspNetCore.Logging;
using BatchEngine.AspNetCore.Ownership;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Status;
using BatchEngine.AspNetCore.Upload;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore.Documents;

/// <summary>
/// <c>GET</c> and <c>DELETE /documents/{doc_id}</c>, and <c>POST /documents/{doc_id}/review</c>; another owner's
/// document answers 404 as an unknown one does. A review by an authenticated user is signed with that user's name.
/// </summary>
internal static class DocumentEndpoints
{
    public static async Task<IResult> GetAsync([FromRoute(Name = "doc_id")] string docId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken) =>
        await FindVisibleAsync(docId, context, engine, cancellationToken).ConfigureAwait(false) is { } document
            ? TypedResults.Json(DocumentResponse.From(document), BatchHttpJsonContext.Default.DocumentResponse)
            : BatchProblems.DocumentNotFound();

    public static async Task<IResult> DeleteAsync([FromRoute(Name = "doc_id")] string docId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken) =>
        await FindVisibleAsync(docId, context, engine, cancellationToken).ConfigureAwait(false) is not null && await engine.DeleteDocumentAsync(docId, cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : BatchProblems.DocumentNotFound();

    public static async Task<IResult> ReviewAsync(
        [FromRoute(Name = "doc_id")] string docId,
        HttpContext context,
        IBatchEngine engine,
        IOptions<BatchEndpointOptions> options,
        ILoggerFactory loggers)
    {
        var cancellationToken = context.RequestAborted;
        if (await FindVisibleAsync(docId, context, engine, cancellationToken).ConfigureAwait(false) is null)
        {
            return BatchProblems.DocumentNotFound();
        }

        if (!context.Request.HasJsonContentType())
        {
            return BatchProblems.Problem(
                StatusCodes.Status415UnsupportedMediaType,
                "Send the review as application/json: {\"new_label\": ..., \"reviewer\": ..., \"comment\": ...}.");
        }

        var maxBytes = options.Value.MaxReviewBytes;
        var tooLarge = new RequestRejectedException(
            StatusCodes.Status413PayloadTooLarge,
            $"The review is larger than the limit of {maxBytes} bytes (BatchEndpointOptions.MaxReviewBytes).");
        ReviewRequest? request;
        try
        {
            var body = new LengthLimitedReadStream(context.Request.Body, maxBytes, () => tooLarge);
            request = await JsonSerializer.DeserializeAsync(body, BatchHttpJsonContext.Default.ReviewRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestRejectedException rejected)
        {
            return BatchProblems.Problem(rejected.StatusCode, rejected.Message);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is not null && JobCaller.ReviewerName(context) is { } signedIn)
        {
            // The reviewer is who is signed in, whatever the body says.
            request = request with { Reviewer = signedIn };
        }

        if (ReviewValidation.TryCreate(request, (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow(), out var error) is not { } review)
        {
            return BatchProblems.BadRequest(error!);
        }

        if (!await engine.ReviewDocumentAsync(docId, review, cancellationToken).ConfigureAwait(false)
            || await engine.GetDocumentAsync(docId, cancellationToken).ConfigureAwait(false) is not { } reviewed)
        {
            return BatchProblems.DocumentNotFound();
        }

        BatchHttpLog.DocumentReviewed(loggers.CreateLogger(BatchHttpLog.Category), docId);
        return TypedResults.Json(DocumentResponse.From(reviewed), BatchHttpJsonContext.Default.DocumentResponse);
    }

    private static async Task<DocumentRecord?> FindVisibleAsync(string docId, HttpContext context, IBatchEngine engine, CancellationToken cancellationToken)
    {
        if (!ResourceId.IsWellFormed(docId) || await engine.GetDocumentAsync(docId, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            return null;
        }

        var caller = await JobCaller.ResolveAsync(context).ConfigureAwait(false);
        return caller.CanSee(document) ? document : null;
    }
}
