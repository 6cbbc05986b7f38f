namespace BatchEngine.AspNetCore.Upload;

/// <summary>The upload's message and error texts, word for word as the HTTP contract (docs/http.md) writes them.</summary>
internal static class UploadMessages
{
    public const string NoFiles =
        "No files were uploaded. Send one or more files as multipart/form-data in the repeated field 'files'.";

    public static string Queued(int accepted, IEnumerable<string> rejectedNames)
    {
        var message = $"Batch upload initiated. Successfully queued {accepted} documents.";
        var failed = string.Join(", ", rejectedNames);
        return failed.Length == 0 ? message : $"{message} Failed: {failed}";
    }

    public static string AllFailed(IEnumerable<string> rejectedNames) => $"All uploads failed. Files: {string.Join(", ", rejectedNames)}";
}
