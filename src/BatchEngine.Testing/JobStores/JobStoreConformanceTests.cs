using BatchEngine.Classification;
using BatchEngine.Jobs;
using BatchEngine.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Testing;

/// <summary>
/// The contract of <see cref="IJobStore"/>, the suite BatchEngine's own stores pass: derive a test class, create
/// the store in <see cref="CreateStoreAsync"/> (reading time from the clock it is given) and clean up in
/// <see cref="DisposeStoreAsync"/>. Every test uses fresh ids, so a store shared between tests also works.
/// </summary>
public abstract partial class JobStoreConformanceTests : IAsyncLifetime
{
    private IJobStore? _store;

    /// <summary>The clock the store must use for its timestamps; tests move it.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 9, 10, 30, 0, TimeSpan.Zero));

    /// <summary>The store under test.</summary>
    protected IJobStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    /// <summary>Creates an empty store that reads time from <paramref name="time"/>.</summary>
    protected abstract Task<IJobStore> CreateStoreAsync(TimeProvider time);

    /// <summary>Releases the store (and whatever it needed).</summary>
    protected virtual Task DisposeStoreAsync(IJobStore store) => SubjectDisposal.DisposeAsync(store);

    /// <summary>Creates the store before each test.</summary>
    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    /// <summary>Releases the store after each test.</summary>
    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    /// <summary>Creates a job of <paramref name="documents"/> pending documents (file names "doc0.pdf", ...).</summary>
    private protected async Task<(JobRecord Job, IReadOnlyList<DocumentRecord> Documents)> CreateJobAsync(int documents, int priority = 0)
    {
        var now = Time.GetUtcNow();
        var jobId = NewId();
        var job = new JobRecord
        {
            JobId = jobId,
            Status = JobStatus.Pending,
            TotalFiles = documents,
            Priority = priority,
            CreatedAt = now,
            UpdatedAt = now,
        };
        DocumentRecord[] records =
        [
            .. Enumerable.Range(0, documents).Select(i => new DocumentRecord
            {
                DocId = NewId(),
                JobId = jobId,
                Index = i,
                FileName = $"doc{i}.pdf",
                MediaType = "application/pdf",
                SizeBytes = 100 + i,
                Status = DocumentStatus.Pending,
                CreatedAt = now,
                UpdatedAt = now,
            }),
        ];
        await Store.CreateJobAsync(job, records, CancellationToken.None);
        return (job, records);
    }

    /// <summary>A fresh job or document id, as the engine makes them (version 7, from the test's clock).</summary>
    private protected string NewId() => Guid.CreateVersion7(Time.GetUtcNow()).ToString("D");

    /// <summary>A result as the pipeline stores it for <paramref name="docId"/>.</summary>
    private protected static ClassificationResult SampleClassification(string docId, SensitivityCategory category = SensitivityCategory.Confidential) => new()
    {
        DocId = docId,
        FinalCategory = category,
        SecondaryTags = ["Internal"],
        Confidence = 0.8,
        Citations = [new Citation(1, "internal use only", "markers")],
        Explanation = "An internal-use marker was found on page 1.",
        PageCount = 2,
        ImageCount = 1,
        ContentSafety = new ContentSafety { IsUnsafe = false },
        RequiresReview = false,
    };

    /// <summary>Reads a job that must exist.</summary>
    private protected async Task<JobRecord> JobAsync(string jobId) =>
        await Store.GetJobAsync(jobId, CancellationToken.None) ?? throw new InvalidOperationException($"Job {jobId} is missing.");

    /// <summary>Reads a document that must exist.</summary>
    private protected async Task<DocumentRecord> DocumentAsync(string docId) =>
        await Store.GetDocumentAsync(docId, CancellationToken.None) ?? throw new InvalidOperationException($"Document {docId} is missing.");

    /// <summary>Starts a pending document, which must succeed.</summary>
    private protected async Task StartAsync(string docId) => Assert.True(await Store.TryStartDocumentAsync(docId, CancellationToken.None));

    /// <summary>Starts and completes a pending document, which must succeed.</summary>
    private protected async Task CompleteAsync(string docId)
    {
        await StartAsync(docId);
        Assert.True(await Store.CompleteDocumentAsync(docId, SampleClassification(docId), CancellationToken.None));
    }
}
