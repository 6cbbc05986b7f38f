using BatchEngine.Jobs;
using BatchEngine.Processing;
using BatchEngine.Reading;
using BatchEngine.Scheduling;
using BatchEngine.Storage;
using BatchEngine.Telemetry;

namespace BatchEngine.Batches;

/// <summary>Submission: each file streams into the content store as it arrives; the job is created only if one was accepted.</summary>
internal sealed partial class InProcessBatchEngine
{
    public async Task<BatchSubmission> SubmitAsync(
        IAsyncEnumerable<IncomingDocument> documents, SubmitOptions? submitOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var settings = options.Value;
        runtime.EnsureStarted();

        var now = time.GetUtcNow();
        var jobId = NewId();
        var owner = submitOptions?.Owner;
        var accepted = new List<DocumentRecord>();
        var rejected = new List<RejectedDocument>();
        var created = false;
        try
        {
            await foreach (var incoming in documents.WithCancellation(cancellationToken))
            {
                ArgumentNullException.ThrowIfNull(incoming);
                var filename = FileNameCleaner.Clean(incoming.FileName);
                var docId = NewId();
                var stored = await StoreAsync(jobId, docId, incoming.Content, settings.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                if (stored.Refusal is { } reason)
                {
                    rejected.Add(new RejectedDocument(filename, reason, stored.Message!));
                    EngineLog.FileRefused(logger, jobId, accepted.Count + rejected.Count - 1, reason.ToString());
                    continue;
                }

                accepted.Add(new DocumentRecord
                {
                    DocId = docId,
                    JobId = jobId,
                    Index = accepted.Count,
                    FileName = filename,
                    Owner = owner,
                    MediaType = stored.MediaType,
                    SizeBytes = stored.SizeBytes,
                    Status = DocumentStatus.Pending,
                    Progress = ProgressStages.Pending,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }

            if (accepted.Count == 0)
            {
                await content.DeleteJobAsync(jobId, CancellationToken.None).ConfigureAwait(false);
                return new BatchSubmission(null, [], rejected);
            }

            var job = new JobRecord
            {
                JobId = jobId,
                Status = JobStatus.Pending,
                TotalFiles = accepted.Count,
                Priority = submitOptions?.Priority ?? settings.DefaultPriority,
                Owner = owner,
                CreatedAt = now,
                UpdatedAt = now,
            };
            await store.CreateJobAsync(job, accepted, cancellationToken).ConfigureAwait(false);
            created = true;

            // Read back before enqueueing: the answer shows the job as created (pending), as the store keeps it.
            var createdJob = await store.GetJobAsync(jobId, CancellationToken.None).ConfigureAwait(false) ?? job;
            await EnqueueAsync(job, accepted).ConfigureAwait(false);
            changes.Notify(jobId);
            EngineLog.JobQueued(logger, jobId, accepted.Count, rejected.Count);
            return new BatchSubmission(createdJob, accepted, rejected);
        }
        catch when (!created)
        {
            // The job was never created: keep no orphaned content.
            await content.DeleteJobAsync(jobId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Streams one file into the content store and sniffs its type; refused files leave nothing behind.</summary>
    private async Task<StoredFile> StoreAsync(string jobId, string docId, Stream incoming, long maxBytes, CancellationToken cancellationToken)
    {
        var capturing = new HeaderCapturingReadStream(incoming);
        long size;
        try
        {
            size = await content.SaveAsync(jobId, docId, capturing, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ContentTooLargeException)
        {
            return StoredFile.Refused(RejectionReason.TooLarge, $"File is larger than the limit of {maxBytes} bytes.");
        }

        var reader = ContentSniffer.Pick(capturing.Header, analyzer.Readers);
        if (reader is not null)
        {
            return new StoredFile(size, reader.MediaType, null, null);
        }

        await content.DeleteDocumentAsync(jobId, docId, CancellationToken.None).ConfigureAwait(false);
        return size == 0
            ? StoredFile.Refused(RejectionReason.Empty, "File is empty.")
            : StoredFile.Refused(RejectionReason.UnsupportedType, UnsupportedTypeMessage());
    }

    private string UnsupportedTypeMessage() => analyzer.Readers.Count == 0
        ? "File type is not supported: no document reader is registered."
        : $"File type is not supported: its content is none of {string.Join(", ", analyzer.Readers.Select(r => r.MediaType).Distinct())}.";

    private async Task EnqueueAsync(JobRecord job, List<DocumentRecord> accepted)
    {
        var docIds = accepted.ConvertAll(d => d.DocId);
        var mediaTypes = accepted.ConvertAll(d => d.MediaType);
        try
        {
            // The sniffed types travel with the work, so no worker sniffs a document again.
            await queue.EnqueueAsync(new JobWork(job.JobId, docIds, job.Priority) { MediaTypes = mediaTypes }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The job exists but can never run: say so on the job instead of leaving it pending forever.
            await store.FailJobAsync(job.JobId, DocumentErrors.Describe(e, FailureStage.Queueing), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private readonly record struct StoredFile(long SizeBytes, string? MediaType, RejectionReason? Refusal, string? Message)
    {
        public static StoredFile Refused(RejectionReason reason, string message) => new(0, null, reason, message);
    }
}
