using BatchEngine.AspNetCore.Logging;
using BatchEngine.AspNetCore.Ownership;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.Batches;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore.Upload;

/// <summary><c>POST /batch/upload</c>: streams the repeated <c>files</c> field into the engine and answers as docs/http.md says.</summary>
internal static class UploadEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IBatchEngine engine,
        IOptions<BatchEndpointOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(BatchHttpLog.Category);
        var (submission, rejected) = await UploadAsync(context, engine, options.Value).ConfigureAwait(false);
        if (rejected is not null || submission is null)
        {
            var status = rejected?.StatusCode ?? StatusCodes.Status400BadRequest;
            BatchHttpLog.UploadRefused(logger, status);
            return BatchProblems.Problem(status, rejected?.Message ?? UploadMessages.NoFiles);
        }

        var rejectedNames = submission.Rejected.Select(r => r.FileName).ToArray();
        var rejectedFiles = submission.Rejected.Select(RejectedFileResponse.From).ToArray();
        if (submission.Job is not { } job)
        {
            BatchHttpLog.UploadRefused(logger, StatusCodes.Status400BadRequest);
            return rejectedNames.Length == 0
                ? BatchProblems.BadRequest(UploadMessages.NoFiles)
                : BatchProblems.Problem(
                    StatusCodes.Status400BadRequest,
                    UploadMessages.AllFailed(rejectedNames),
                    new Dictionary<string, object?> { ["rejected"] = rejectedFiles.Select(f => $"{f.FileName}: {f.Error}").ToArray() });
        }

        BatchHttpLog.UploadQueued(logger, job.JobId, job.TotalFiles, rejectedNames.Length);
        return TypedResults.Json(
            new UploadResponse
            {
                JobId = job.JobId,
                TotalFiles = job.TotalFiles,
                Status = JobStatus.Pending,
                Message = UploadMessages.Queued(submission.Documents.Count, rejectedNames),
                Rejected = rejectedFiles,
            },
            BatchHttpJsonContext.Default.UploadResponse);
    }

    /// <summary>The engine's submission, or the request problem that stopped it.</summary>
    private static async Task<(BatchSubmission? Submission, RequestRejectedException? Rejected)> UploadAsync(HttpContext context, IBatchEngine engine, BatchEndpointOptions limits)
    {
        var request = context.Request;
        if (!MultipartRequest.IsMultipart(request))
        {
            return (null, UploadLimits.NotMultipartMediaType(MultipartFileSequence.FieldName));
        }

        if (request.ContentLength > limits.MaxBatchBytes)
        {
            return (null, UploadLimits.BatchTooLarge(limits));
        }

        // The server's own body limit (30 MB in Kestrel) would cut a batch short; ours replaces it.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxBatchBytes;
        }

        var body = new LengthLimitedReadStream(request.Body, limits.MaxBatchBytes, () => UploadLimits.BatchTooLarge(limits));
        if (MultipartRequest.Open(request, body, limits) is not { } reader)
        {
            return (null, UploadLimits.NotMultipart());
        }

        var failure = new UploadFailure(limits);
        var files = new MultipartFileSequence(reader, limits, failure);
        var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        using var timeout = new CancellationTokenSource(limits.UploadTimeout, time);
        using var upload = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, timeout.Token);
        var caller = await JobCaller.ResolveAsync(context).ConfigureAwait(false);
        BatchSubmission submission;
        try
        {
            submission = await engine.SubmitAsync(files.ReadAsync(upload.Token), new SubmitOptions { Owner = caller.Owner }, upload.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return (null, UploadLimits.TimedOut(limits));
        }
        catch (ContentQuotaExceededException full)
        {
            return (null, UploadLimits.StoreFull(full.Message));
        }
        catch (Exception) when (failure.First is { } rejected)
        {
            return (null, rejected);
        }

        if (failure.First is { } swallowed)
        {
            // The engine went on after a broken body: the client is told the upload failed, so nothing of it may stay queued.
            if (submission.Job is { } orphan)
            {
                await engine.DeleteJobAsync(orphan.JobId, CancellationToken.None).ConfigureAwait(false);
            }

            return (null, swallowed);
        }

        return (submission, null);
    }
}
