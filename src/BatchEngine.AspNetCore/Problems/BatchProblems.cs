using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BatchEngine.AspNetCore.Problems;

/// <summary>
/// Every error the endpoints answer, as RFC 9457 problem details. The <c>detail</c> strings of the HTTP
/// contract in docs/http.md ("Job not found", "All uploads failed. Files: ...") are kept here, word for word.
/// </summary>
internal static class BatchProblems
{
    public const string JobNotFoundDetail = "Job not found";

    public const string DocumentNotFoundDetail = "Document not found";

    public static ProblemHttpResult JobNotFound() => Problem(StatusCodes.Status404NotFound, JobNotFoundDetail);

    public static ProblemHttpResult DocumentNotFound() => Problem(StatusCodes.Status404NotFound, DocumentNotFoundDetail);

    public static ProblemHttpResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, detail);

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult Problem(int statusCode, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: statusCode, extensions: extensions);
}
