using BatchEngine.Jobs;

namespace BatchEngine.Testing;

/// <summary>Ownership (issue 15, item 18): a job's owner is stored on it and its documents, and listing filters by it.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task An_owner_is_stored_on_the_job_and_its_documents_and_none_stays_none()
    {
        var owner = "user-" + NewId();
        var (owned, ownedDocs) = await CreateOwnedJobAsync(owner, documents: 2);
        var (unowned, unownedDocs) = await CreateJobAsync(1);

        Assert.Equal(owner, (await JobAsync(owned.JobId)).Owner);
        Assert.All(await Store.GetDocumentsAsync(owned.JobId, CancellationToken.None), d => Assert.Equal(owner, d.Owner));
        Assert.Equal(owner, (await DocumentAsync(ownedDocs[1].DocId)).Owner);
        Assert.Null((await JobAsync(unowned.JobId)).Owner);
        Assert.Null((await DocumentAsync(unownedDocs[0].DocId)).Owner);

        // A transition keeps it.
        await CompleteAsync(ownedDocs[0].DocId);
        Assert.Equal(owner, (await JobAsync(owned.JobId)).Owner);
        Assert.Equal(owner, (await DocumentAsync(ownedDocs[0].DocId)).Owner);
    }

    [Fact]
    public async Task Listing_for_one_owner_shows_that_owners_jobs_only_newest_first_and_pages_them()
    {
        var alice = "alice-" + NewId();
        var bob = "bob-" + NewId();
        var first = await CreateOwnedJobAsync(alice, 1);
        Time.Advance(TimeSpan.FromSeconds(1));
        var bobs = await CreateOwnedJobAsync(bob, 1);
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await CreateOwnedJobAsync(alice, 1);
        var unowned = await CreateJobAsync(1);
        await CompleteAsync(second.Documents[0].DocId);

        var alices = await Store.ListJobsAsync(new JobQuery { AllOwners = false, Owner = alice }, CancellationToken.None);
        var alicesPage = await Store.ListJobsAsync(new JobQuery { AllOwners = false, Owner = alice, Offset = 1, Limit = 1 }, CancellationToken.None);
        var alicesDone = await Store.ListJobsAsync(new JobQuery { AllOwners = false, Owner = alice, Status = JobStatus.Completed }, CancellationToken.None);
        var anonymous = await Store.ListJobsAsync(new JobQuery { AllOwners = false, Owner = null, Limit = 1_000 }, CancellationToken.None);
        var everyone = await Store.ListJobsAsync(new JobQuery { Limit = 1_000 }, CancellationToken.None);

        Assert.Equal(2, alices.Total);
        Assert.Equal([second.Job.JobId, first.Job.JobId], alices.Jobs.Select(j => j.JobId));
        Assert.Equal(2, alicesPage.Total);
        Assert.Equal([first.Job.JobId], alicesPage.Jobs.Select(j => j.JobId));
        Assert.Equal([second.Job.JobId], alicesDone.Jobs.Select(j => j.JobId));
        Assert.Contains(unowned.Job.JobId, anonymous.Jobs.Select(j => j.JobId));
        Assert.DoesNotContain(anonymous.Jobs, j => j.Owner is not null);
        Assert.Superset(new[] { first.Job.JobId, second.Job.JobId, bobs.Job.JobId, unowned.Job.JobId }.ToHashSet(), everyone.Jobs.Select(j => j.JobId).ToHashSet());
    }

    [Fact]
    public async Task A_deleted_job_leaves_its_owners_listing()
    {
        var owner = "carol-" + NewId();
        var (job, _) = await CreateOwnedJobAsync(owner, 1);

        Assert.True(await Store.DeleteJobAsync(job.JobId, CancellationToken.None));
        var listed = await Store.ListJobsAsync(new JobQuery { AllOwners = false, Owner = owner }, CancellationToken.None);

        Assert.Equal(0, listed.Total);
        Assert.Empty(listed.Jobs);
    }

    private async Task<(JobRecord Job, IReadOnlyList<DocumentRecord> Documents)> CreateOwnedJobAsync(string owner, int documents)
    {
        var now = Time.GetUtcNow();
        var jobId = NewId();
        var job = new JobRecord { JobId = jobId, Status = JobStatus.Pending, TotalFiles = documents, Owner = owner, CreatedAt = now, UpdatedAt = now };
        DocumentRecord[] records =
        [
            .. Enumerable.Range(0, documents).Select(i => new DocumentRecord
            {
                DocId = NewId(),
                JobId = jobId,
                Index = i,
                FileName = $"owned{i}.pdf",
                Owner = owner,
                Status = DocumentStatus.Pending,
                CreatedAt = now,
                UpdatedAt = now,
            }),
        ];
        await Store.CreateJobAsync(job, records, CancellationToken.None);
        return (job, records);
    }
}
