using BatchEngine.Scheduling;

namespace BatchEngine.Testing;

/// <summary>Claiming, acknowledging, releasing and cancelling: each document is handed out once, unless given back.</summary>
public abstract partial class WorkQueueConformanceTests
{
    [Fact]
    public async Task Every_document_of_a_job_is_handed_out_once_in_upload_order_and_acknowledged_ones_never_come_back()
    {
        var work = await EnqueueJobAsync(25);

        var claimed = await ClaimAsync(25);

        Assert.Equal(work.DocIds, claimed.Select(i => i.DocId));
        Assert.All(claimed, i => Assert.Equal(work.JobId, i.JobId));
        await AcknowledgeAllAsync(claimed);
        await AssertNothingMoreAsync();
    }

    [Fact]
    public async Task A_job_without_documents_hands_out_nothing_and_the_next_job_is_served()
    {
        await EnqueueJobAsync(0);
        await AssertNothingMoreAsync();

        var next = await EnqueueJobAsync(2);
        var claimed = await ClaimAsync(2);

        Assert.Equal(next.DocIds, claimed.Select(i => i.DocId));
        await AcknowledgeAllAsync(claimed);
    }

    [Fact]
    public async Task A_released_document_is_handed_out_again_and_nothing_is_lost()
    {
        var work = await EnqueueJobAsync(3);
        var first = await ClaimAsync();

        await Queue.ReleaseAsync(first, CancellationToken.None);
        var claimed = await ClaimAsync(3);

        Assert.Equal(work.DocIds.Order(StringComparer.Ordinal), claimed.Select(i => i.DocId).Order(StringComparer.Ordinal));
        Assert.Contains(claimed, i => i.DocId == first.DocId && i.JobId == first.JobId);
        await AcknowledgeAllAsync(claimed);
        await AssertNothingMoreAsync();
    }

    [Fact]
    public async Task A_cancelled_jobs_remaining_documents_are_never_handed_out_while_other_jobs_go_on()
    {
        var cancelled = await EnqueueJobAsync(20);
        var other = await EnqueueJobAsync(5);
        var before = await ClaimAsync();
        await Queue.AcknowledgeAsync(before, CancellationToken.None);

        await Queue.CancelJobAsync(cancelled.JobId, CancellationToken.None);
        await Queue.CancelJobAsync("no-such-job", CancellationToken.None);

        // Every remaining document of the other job comes; none of the cancelled job's, not even one read ahead before the cancel.
        var expected = other.DocIds.Count - (before.JobId == other.JobId ? 1 : 0);
        var after = await ClaimAsync(expected);
        Assert.All(after, i => Assert.Equal(other.JobId, i.JobId));
        Assert.Equal(other.DocIds.Where(d => d != before.DocId).Order(StringComparer.Ordinal), after.Select(i => i.DocId).Order(StringComparer.Ordinal));
        await AcknowledgeAllAsync(after);
        await AssertNothingMoreAsync();
    }

    [Fact]
    public async Task A_parked_waiter_wakes_when_work_is_enqueued()
    {
        using var timeout = new CancellationTokenSource(ClaimTimeout);
        var waiting = Queue.WaitForWorkAsync(timeout.Token).AsTask();

        var work = await EnqueueJobAsync(1);

        await waiting;
        var item = await ClaimAsync();
        Assert.Equal(work.DocIds[0], item.DocId);
        await Queue.AcknowledgeAsync(item, CancellationToken.None);
    }

    [Fact]
    public async Task Waiting_with_nothing_to_do_ends_when_the_token_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var waiting = Queue.WaitForWorkAsync(cancel.Token).AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
