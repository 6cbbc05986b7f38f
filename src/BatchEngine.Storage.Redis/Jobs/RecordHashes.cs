using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Serialization;
using StackExchange.Redis;

namespace BatchEngine.Storage.Redis.Jobs;

/// <summary>Turns job and document records into Redis hash fields and back. Times are unix milliseconds.</summary>
internal static class RecordHashes
{
    /// <summary>A new job's hash: its tally starts with every document pending at 0%.</summary>
    internal static HashEntry[] ToHash(JobRecord job, int documents, JobStatus status, double order) =>
    [
        .. OwnerField(job.Owner),
        new("job_id", job.JobId),
        new("status", StatusWord(status)),
        new("total", documents),
        new("pending", documents),
        new("completed", 0),
        new("failed", 0),
        new("cancelled", 0),
        new("progress_sum", 0),
        new("priority", job.Priority),
        new("created_at", job.CreatedAt.ToUnixTimeMilliseconds()),
        new("updated_at", job.UpdatedAt.ToUnixTimeMilliseconds()),
        new("order", order),
    ];

    internal static HashEntry[] ToHash(DocumentRecord doc)
    {
        var entries = new List<HashEntry>(16)
        {
            new("doc_id", doc.DocId),
            new("job_id", doc.JobId),
            new("index", doc.Index),
            new("filename", doc.FileName),
            new("size", doc.SizeBytes),
            new("status", StatusWord(doc.Status)),
            new("progress", doc.Progress),
            new("attempts", doc.Attempts),
            new("created_at", doc.CreatedAt.ToUnixTimeMilliseconds()),
            new("updated_at", doc.UpdatedAt.ToUnixTimeMilliseconds()),
        };
        AddIfPresent(entries, "owner", doc.Owner);
        AddIfPresent(entries, "media_type", doc.MediaType);
        AddIfPresent(entries, "error", doc.Error);
        AddIfPresent(entries, "classification", doc.Classification is null ? null : ToJson(doc.Classification));
        AddIfPresent(entries, "review", doc.Review is null ? null : ToJson(doc.Review));
        return [.. entries];
    }

    internal static JobRecord? ToJob(HashEntry[] hash)
    {
        if (hash.Length == 0)
        {
            return null;
        }

        var fields = hash.ToDictionary();
        var total = (int)fields["total"];
        var status = Enum.Parse<JobStatus>(fields["status"]!, ignoreCase: true);
        string? jobError = fields.GetValueOrDefault("job_error");
        return new JobRecord
        {
            JobId = fields["job_id"]!,
            Status = status,
            TotalFiles = total,
            Completed = (int)fields["completed"],
            Failed = (int)fields["failed"],
            Cancelled = (int)fields["cancelled"],
            Progress = JobStatusRules.MeanProgress(Math.Max(0.0, (double)fields["progress_sum"]), total),
            Priority = (int)fields["priority"],
            CreatedAt = Time(fields["created_at"]),
            UpdatedAt = Time(fields["updated_at"]),
            Error = status == JobStatus.Failed ? jobError ?? JobStatusRules.AllDocumentsFailedError(total) : null,
            Owner = fields.GetValueOrDefault("owner"),
        };
    }

    internal static DocumentRecord? ToDocument(HashEntry[] hash)
    {
        if (hash.Length == 0)
        {
            return null;
        }

        var fields = hash.ToDictionary();
        var classification = fields.GetValueOrDefault("classification");
        var review = fields.GetValueOrDefault("review");
        return new DocumentRecord
        {
            DocId = fields["doc_id"]!,
            JobId = fields["job_id"]!,
            Index = (int)fields["index"],
            FileName = fields["filename"]!,
            Owner = fields.GetValueOrDefault("owner"),
            MediaType = fields.GetValueOrDefault("media_type"),
            SizeBytes = (long)fields["size"],
            Status = Enum.Parse<DocumentStatus>(fields["status"]!, ignoreCase: true),
            Progress = (double)fields["progress"],
            Error = fields.GetValueOrDefault("error"),
            Attempts = (int)fields["attempts"],
            CreatedAt = Time(fields["created_at"]),
            UpdatedAt = Time(fields["updated_at"]),
            Classification = classification.IsNullOrEmpty
                ? null
                : BatchEngineJson.DeserializeClassification((string)classification!),
            Review = review.IsNullOrEmpty
                ? null
                : BatchEngineJson.DeserializeReview((string)review!),
        };
    }

    internal static string ToJson(ClassificationResult result) => BatchEngineJson.Serialize(result);

    internal static string ToJson(DocumentReview review) => BatchEngineJson.Serialize(review);

    /// <summary>The word the scripts compare against: the contract's own (<c>pending</c>, <c>processing</c>, ...).</summary>
    internal static string StatusWord(JobStatus status) => WireWords.Of(status);

    internal static string StatusWord(DocumentStatus status) => WireWords.Of(status);

    private static DateTimeOffset Time(RedisValue milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);

    private static HashEntry[] OwnerField(string? owner) => owner is null ? [] : [new HashEntry("owner", owner)];

    private static void AddIfPresent(List<HashEntry> entries, string name, string? value)
    {
        if (value is not null)
        {
            entries.Add(new HashEntry(name, value));
        }
    }
}
