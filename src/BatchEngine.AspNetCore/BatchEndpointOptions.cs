namespace BatchEngine.AspNetCore;

/// <summary>
/// Limits of the HTTP endpoints, configured with <c>services.Configure&lt;BatchEndpointOptions&gt;(...)</c>
/// and checked when <see cref="BatchEndpointRouteBuilderExtensions.MapBatchEndpoints"/> runs (every bad setting named by its key under <c>BatchEngine:Http</c>).
/// </summary>
/// <remarks>
/// What exceeding each limit answers (every answer is an <c>application/problem+json</c> whose <c>detail</c>
/// names the limit):
/// <list type="bullet">
/// <item><description><see cref="MaxBatchBytes"/>: 413 Content Too Large; nothing of the batch is queued.</description></item>
/// <item><description><see cref="MaxFilesPerBatch"/>: 400 Bad Request; nothing of the batch is queued.</description></item>
/// <item><description><see cref="MaxSectionHeaderBytes"/> and <see cref="MaxSectionHeaderCount"/>: 400 Bad Request; nothing is queued.</description></item>
/// <item><description>The per-file limit is <see cref="BatchEngineOptions.MaxFileBytes"/>, enforced by the engine as it
/// stores each file: in <c>POST /batch/upload</c> an over-limit file is refused on its own and named after
/// " Failed: " in the message (400 "All uploads failed. Files: ..." when every file is refused); in
/// <c>POST /classify</c> it answers 413.</description></item>
/// <item><description><see cref="UploadTimeout"/>: 408 Request Timeout; nothing of the batch is queued.</description></item>
/// <item><description><see cref="MaxConcurrentUploads"/>, <see cref="MaxEventStreams"/> and
/// <see cref="MaxConcurrentClassifications"/>: 503 Service Unavailable with <c>Retry-After</c>.</description></item>
/// <item><description><see cref="BatchEngineOptions.MaxStoredContentBytes"/>: 507 Insufficient Storage; nothing is queued.</description></item>
/// </list>
/// A <c>POST /batch/upload</c> or <c>POST /classify</c> body that is not <c>multipart/form-data</c> answers 415
/// with a <c>detail</c>; a multipart body without a usable boundary answers 400; a truncated or broken multipart
/// body answers 400 and queues nothing.
/// </remarks>
public sealed class BatchEndpointOptions
{
    /// <summary>Largest multipart body of one <c>POST /batch/upload</c>, in bytes (all files and framing). Default 1 GiB. Over it: 413.</summary>
    public long MaxBatchBytes { get; set; } = 1L * 1024 * 1024 * 1024;

    /// <summary>Most files in one <c>POST /batch/upload</c>. Default 10,000. Over it: 400.</summary>
    public int MaxFilesPerBatch { get; set; } = 10_000;

    /// <summary>Largest combined header block of one multipart section, in bytes. Default 16 KiB. Over it: 400.</summary>
    public int MaxSectionHeaderBytes { get; set; } = 16 * 1024;

    /// <summary>Most headers in one multipart section. Default 16. Over it: 400.</summary>
    public int MaxSectionHeaderCount { get; set; } = 16;

    /// <summary>Largest <c>limit</c> accepted by <c>GET /jobs</c>. Default 1,000.</summary>
    public int MaxJobsPerPage { get; set; } = 1_000;

    /// <summary>Largest JSON body of <c>POST /documents/{doc_id}/review</c>, in bytes. Default 64 KiB. Over it: 413.</summary>
    public int MaxReviewBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long one <c>POST /batch/upload</c> may take to send its whole body. Default 30 minutes. Over it: 408, so a
    /// client trickling bytes (slowloris) cannot hold an upload slot, a connection and a half-stored job forever.
    /// </summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most <c>POST /batch/upload</c> requests running at once. Default 16. Over it: 503.</summary>
    public int MaxConcurrentUploads { get; set; } = 16;

    /// <summary>Most <c>GET /status/{job_id}/events</c> streams open at once. Default 256. Over it: 503.</summary>
    public int MaxEventStreams { get; set; } = 256;

    /// <summary>
    /// Most <c>POST /classify</c> requests running at once. Default 2. Over it: 503. They share the extraction
    /// processes with the batch workers; a batch document's timeout never runs while it waits for one.
    /// </summary>
    public int MaxConcurrentClassifications { get; set; } = 2;

    /// <summary>
    /// The authorization policy whose users see and act on every job (others see only their own). Null (the
    /// default): nobody does. The policy must be defined with <c>services.AddAuthorization(...)</c>.
    /// </summary>
    public string? AdminPolicy { get; set; }
}
