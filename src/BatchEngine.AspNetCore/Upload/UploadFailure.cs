using BatchEngine.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>
/// Turns what can go wrong while reading a multipart body into the answer the client gets, and remembers
/// the first such failure: the engine reads the file streams itself and might not pass an exception on.
/// </summary>
internal sealed class UploadFailure(BatchEndpointOptions limits)
{
    public RequestRejectedException? First { get; private set; }

    /// <summary>The answer for <paramref name="exception"/>, remembered; null when it is not a request problem.</summary>
    public RequestRejectedException? Record(Exception exception)
    {
        var rejected = Translate(exception);
        if (rejected is not null)
        {
            First ??= rejected;
        }

        return rejected;
    }

    /// <summary>Awaits a read of the body, turning a request problem into its answer (remembered).</summary>
    public async Task<T> GuardAsync<T>(Task<T> read)
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (Exception exception) when (Record(exception) is { } rejected)
        {
            throw rejected;
        }
    }

    private RequestRejectedException? Translate(Exception exception) => exception switch
    {
        RequestRejectedException rejected => rejected,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => UploadLimits.BatchTooLarge(limits),
        BadHttpRequestException bad => new RequestRejectedException(StatusCodes.Status400BadRequest, $"The request body could not be read: {bad.Message}"),
        InvalidDataException invalid => UploadLimits.Malformed(limits, invalid.Message),
        IOException => new RequestRejectedException(StatusCodes.Status400BadRequest, "The upload ended before the multipart body was complete."),
        _ when exception.InnerException is { } inner => Translate(inner),
        _ => null,
    };
}
