using BatchEngine.AspNetCore.Logging;
using BatchEngine.AspNetCore.Problems;
using BatchEngine.AspNetCore.Serialization;
using BatchEngine.AspNetCore.Upload;
using BatchEngine.Batches;
using BatchEngine.Processing;
using BatchEngine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.AspNetCore.Classify;

/// <summary>
/// <c>POST /classify</c>: one file (multipart field <c>file</c>, or <c>files</c>) classified at once, without a job.
/// Over the per-file limit: 413; a file the engine cannot read: 422 with "ExceptionType: message".
/// </summary>
internal static class ClassifyEndpoint
{
    public static readonly string[] FieldNames = ["file", MultipartFileSequence.FieldName];

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IBatchEngine engine,
        IOptions<BatchEndpointOptions> endpointOptions,
        IOptions<BatchEngineOptions> engineOptions,
        ILoggerFactory loggers)
    {
        var (response, rejected) = await ClassifyAsync(context, engine, endpointOptions.Value, engineOptions.Value.MaxFileBytes).ConfigureAwait(false);
        if (response is not null)
        {
            return TypedResults.Json(response, BatchHttpJsonContext.Default.ClassifyResponse);
        }

        rejected ??= UploadLimits.NotMultipart();
        BatchHttpLog.ClassifyRefused(loggers.CreateLogger(BatchHttpLog.Category), rejected.StatusCode);
        return BatchProblems.Problem(rejected.StatusCode, rejected.Message);
    }

    private static async Task<(ClassifyResponse? Response, RequestRejectedException? Rejected)> ClassifyAsync(HttpContext context, IBatchEngine engine, BatchEndpointOptions limits, long maxFileBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxBatchBytes;
        }

        if (!MultipartRequest.IsMultipart(context.Request))
        {
            return (null, UploadLimits.NotMultipartMediaType(FieldNames[0]));
        }

        var body = new LengthLimitedReadStream(context.Request.Body, limits.MaxBatchBytes, () => UploadLimits.BatchTooLarge(limits));
        if (MultipartRequest.Open(context.Request, body, limits) is not { } reader)
        {
            return (null, UploadLimits.NotMultipart());
        }

        var failure = new UploadFailure(limits);
        try
        {
            if (await NextFileAsync(reader, failure, context.RequestAborted).ConfigureAwait(false) is not var (fileName, section))
            {
                return (null, new RequestRejectedException(StatusCodes.Status400BadRequest, "No file was uploaded. Send one file as multipart/form-data in the field 'file'."));
            }

            var content = new SectionStream(new LengthLimitedReadStream(section.Body, maxFileBytes, () => UploadLimits.FileTooLarge(maxFileBytes)), failure);
            var classification = await engine.ClassifyAsync(new IncomingDocument(fileName, content), context.RequestAborted).ConfigureAwait(false);
            return (new ClassifyResponse { FileName = FileNameCleaner.Clean(fileName), Classification = classification }, null);
        }
        catch (ContentTooLargeException)
        {
            return (null, UploadLimits.FileTooLarge(maxFileBytes));
        }
        catch (Exception) when (failure.First is { } rejected)
        {
            return (null, rejected);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The engine's own words: a parser's message may quote the file.
            return (null, new RequestRejectedException(StatusCodes.Status422UnprocessableEntity, DocumentErrors.Describe(exception)));
        }
    }

    private static async Task<(string FileName, MultipartSection Section)?> NextFileAsync(
        MultipartReader reader, UploadFailure failure, CancellationToken cancellationToken)
    {
        while (await failure.GuardAsync(reader.ReadNextSectionAsync(cancellationToken)).ConfigureAwait(false) is { } section)
        {
            foreach (var field in FieldNames)
            {
                if (MultipartRequest.FileNameOf(section, field) is { } fileName)
                {
                    return (fileName, section);
                }
            }
        }

        return null;
    }
}
