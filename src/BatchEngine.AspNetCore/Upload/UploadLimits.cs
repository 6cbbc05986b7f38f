using BatchEngine.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>The answers for a broken limit or framing; each <c>detail</c> names the option that sets the limit.</summary>
internal static class UploadLimits
{
    public static RequestRejectedException BatchTooLarge(BatchEndpointOptions limits) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The upload is larger than the batch limit of {limits.MaxBatchBytes} bytes (BatchEndpointOptions.MaxBatchBytes).");

    public static RequestRejectedException TooManyFiles(BatchEndpointOptions limits) => new(
        StatusCodes.Status400BadRequest,
        $"The upload holds more than the limit of {limits.MaxFilesPerBatch} files (BatchEndpointOptions.MaxFilesPerBatch).");

    public static RequestRejectedException FileTooLarge(long maxFileBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The file is larger than the per-file limit of {maxFileBytes} bytes (BatchEngineOptions.MaxFileBytes).");

    public static RequestRejectedException Malformed(BatchEndpointOptions limits, string reason) => new(
        StatusCodes.Status400BadRequest,
        $"The multipart body is malformed or breaks a section limit (BatchEndpointOptions.MaxSectionHeaderBytes = {limits.MaxSectionHeaderBytes}, " +
        $"BatchEndpointOptions.MaxSectionHeaderCount = {limits.MaxSectionHeaderCount}): {reason}");

    public static RequestRejectedException NotMultipartMediaType(string field) => new(
        StatusCodes.Status415UnsupportedMediaType,
        $"Send the request as multipart/form-data, the files in the field '{field}' (a form post or another body type cannot carry files).");

    public static RequestRejectedException TimedOut(BatchEndpointOptions limits) => new(
        StatusCodes.Status408RequestTimeout,
        $"The upload did not arrive within {limits.UploadTimeout} (BatchEndpointOptions.UploadTimeout); nothing was queued.");

    public static RequestRejectedException StoreFull(string message) => new(StatusCodes.Status507InsufficientStorage, message);

    public static RequestRejectedException NotMultipart() => new(
        StatusCodes.Status400BadRequest,
        "Expected a multipart/form-data body with a boundary, carrying the files in the repeated field 'files'.");
}
