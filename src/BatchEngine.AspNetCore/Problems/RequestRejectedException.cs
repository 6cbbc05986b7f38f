namespace BatchEngine.AspNetCore.Problems;

/// <summary>
/// A request broke one of the endpoint limits or the multipart framing. Carries the HTTP status and the
/// <c>detail</c> to answer with; thrown from inside the streamed upload so the engine stops reading at once.
/// </summary>
internal sealed class RequestRejectedException(int statusCode, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
}
