using System.Text.Json.Serialization;
using BatchEngine.Batches;

namespace BatchEngine.AspNetCore.Upload;

/// <summary>One file refused at upload: its cleaned name, the reason code and the reason in words.</summary>
internal sealed record RejectedFileResponse
{
    [JsonPropertyName("filename")] public required string FileName { get; init; }

    /// <summary><c>empty</c>, <c>unsupported_type</c> or <c>too_large</c>.</summary>
    [JsonPropertyName("reason")] public required string Reason { get; init; }

    [JsonPropertyName("error")] public required string Error { get; init; }

    public static RejectedFileResponse From(RejectedDocument rejected) => new()
    {
        FileName = rejected.FileName,
        Reason = rejected.Reason switch
        {
            RejectionReason.Empty => "empty",
            RejectionReason.UnsupportedType => "unsupported_type",
            RejectionReason.TooLarge => "too_large",
            _ => rejected.Reason.ToString().ToLowerInvariant(),
        },
        Error = rejected.Message,
    };
}
