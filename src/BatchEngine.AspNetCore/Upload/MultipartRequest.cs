using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>Opens a request's multipart body section by section; nothing is buffered beyond the reader's small window.</summary>
internal static class MultipartRequest
{
    // RFC 2046 caps a boundary at 70 characters.
    private const int MaxBoundaryLength = 70;

    /// <summary>True when the request says its body is multipart/form-data (its boundary may still be unusable).</summary>
    public static bool IsMultipart(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>A reader over <paramref name="body"/>, or null when the request is not multipart/form-data with a usable boundary.</summary>
    public static MultipartReader? Open(HttpRequest request, Stream body, BatchEndpointOptions limits)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary);
        if (StringSegment.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength)
        {
            return null;
        }

        return new MultipartReader(boundary.ToString(), body)
        {
            HeadersLengthLimit = limits.MaxSectionHeaderBytes,
            HeadersCountLimit = limits.MaxSectionHeaderCount,
        };
    }

    /// <summary>
    /// The file name of a form-data section in <paramref name="fieldName"/> (from <c>filename*</c> when given,
    /// else <c>filename</c>, else empty), or null when the section belongs to another field.
    /// </summary>
    public static string? FileNameOf(MultipartSection section, string fieldName)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
            || !HeaderUtilities.RemoveQuotes(disposition.Name).Equals(fieldName, StringComparison.Ordinal))
        {
            return null;
        }

        if (!StringSegment.IsNullOrEmpty(disposition.FileNameStar))
        {
            return disposition.FileNameStar.ToString();
        }

        // Only \" is unescaped: browsers send Windows paths with bare backslashes, which must survive to be cut off.
        return StringSegment.IsNullOrEmpty(disposition.FileName)
            ? string.Empty
            : HeaderUtilities.RemoveQuotes(disposition.FileName).ToString().Replace("\\\"", "\"", StringComparison.Ordinal);
    }
}
