using BatchEngine.Scheduling;

namespace BatchEngine.Testing;

/// <summary>
/// The contract of <see cref="IWorkQueue"/>, the suite BatchEngine's own queues pass: derive a test class, create
/// the queue in <see cref="CreateQueueAsync"/> and clean up in <see cref="DisposeQueueAsync"/>. A queue that
/// checks jobs against a store creates them there in <see cref="AddJobAsync"/>; a queue that reads ahead of its
/// workers says how far in <see cref="ReadAhead"/>. Every test uses fresh ids, so a shared backend also works.
/// </summary>
public abstract partial class WorkQueueConformanceTests : IAsyncLifetime
{
    private IWorkQueue? _queue;

    /// <summary>The queue under test.</summary>
    protected IWorkQueue Queue => _queue ?? throw new InvalidOperationException("The queue is not created yet.");

    /// <summary>Creates an empty queue.</summary>
    protected abstract Task<IWorkQueue> CreateQueueAsync();

    /// <summary>Releases the queue (and whatever it needed).</summary>
    protected virtual Task DisposeQueueAsync(IWorkQueue queue) => SubjectDisposal.DisposeAsync(queue);

    /// <summary>
    /// Called before a job is enqueued, with the job: a queue that hands out only the documents of jobs its
    /// store holds (as the engine creates the job before it enqueues it) creates the job there. Does nothing by default.
    /// </summary>
    protected virtual Task AddJobAsync(JobWork work) => Task.CompletedTask;

    /// <summary>
    /// How many documents the queue may take ahead of the workers (a local buffer filled from a shared queue).
    /// Fairness and priority are checked past them: a document read ahead before a job arrived is served first.
    /// Zero by default.
    /// </summary>
    protected virtual int ReadAhead => 0;

    /// <summary>How long a claim may take to become available (a queue fed over the network needs a moment). Default 30 s.</summary>
    protected virtual TimeSpan ClaimTimeout => TimeSpan.FromSeconds(30);

    /// <summary>How long the queue must stay empty for the suite to accept that nothing more will come. Default 300 ms.</summary>
    protected virtual TimeSpan QuietPeriod => TimeSpan.FromMilliseconds(300);

    /// <summary>Creates the queue before each test.</summary>
    public async Task InitializeAsync() => _queue = await CreateQueueAsync();

    /// <summary>Releases the queue after each test.</summary>
    public async Task DisposeAsync()
    {
        if (_queue is not null)
        {
            await DisposeQueueAsync(_queue);
        }
    }

    /// <summary>Adds a job of <paramref name="documents"/> fresh document ids and enqueues it.</summary>
    private protected async Task<JobWork> EnqueueJobAsync(int documents, int priority = 0)
    {
        var work = new JobWork(NewId(), [.. Enumerable.Range(0, documents).Select(_ => NewId())], priority);
        await AddJobAsync(work);
        await Queue.EnqueueAsync(work, CancellationToken.None);
        return work;
    }

    /// <summary>Claims the next document, waiting (parked) up to <see cref="ClaimTimeout"/>.</summary>
    private protected async Task<WorkItem> ClaimAsync()
    {
        using var timeout = new CancellationTokenSource(ClaimTimeout);
        while (true)
        {
            if (Queue.TryClaim(out var item))
            {
                return item;
            }

            try
            {
                await Queue.WaitForWorkAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"No document could be claimed within {ClaimTimeout}.");
            }
        }
    }

    /// <summary>Claims <paramref name="count"/> documents, one after another.</summary>
    private protected async Task<List<WorkItem>> ClaimAsync(int count)
    {
        var items = new List<WorkItem>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(await ClaimAsync());
        }

        return items;
    }

    /// <summary>Fails if any document is handed out during <see cref="QuietPeriod"/>.</summary>
    private protected async Task AssertNothingMoreAsync()
    {
        using var quiet = new CancellationTokenSource(QuietPeriod);
        while (true)
        {
            Assert.False(Queue.TryClaim(out var item), $"Document {item.DocId} of job {item.JobId} was handed out, but none should be.");
            try
            {
                await Queue.WaitForWorkAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (quiet.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private protected async Task AcknowledgeAllAsync(IEnumerable<WorkItem> items)
    {
        foreach (var item in items)
        {
            await Queue.AcknowledgeAsync(item, CancellationToken.None);
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString("D");
}
