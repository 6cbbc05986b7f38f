namespace BatchEngine.Scheduling;

/// <summary>
/// The jobs that may still hand out documents, grouped in tiers by priority, highest first. Immutable and
/// swapped as a whole (copy-on-write with compare-and-swap), so claiming reads it without a lock. It changes
/// once per job (enqueued, drained, cancelled), never per document.
/// </summary>
internal sealed class ActiveJobSet
{
    public static readonly ActiveJobSet Empty = new([]);

    private ActiveJobSet(PriorityTier[] tiers) => Tiers = tiers;

    public PriorityTier[] Tiers { get; }

    public bool HasClaimableJob
    {
        get
        {
            foreach (var tier in Tiers)
            {
                foreach (var job in tier.Jobs)
                {
                    if (!job.IsDrained)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    public ActiveJobSet With(JobRange job)
    {
        var tiers = new List<PriorityTier>(Tiers.Length + 1);
        var added = false;
        foreach (var tier in Tiers)
        {
            if (!added && tier.Priority == job.Priority)
            {
                tiers.Add(new PriorityTier(tier.Priority, [.. tier.Jobs, job]));
                added = true;
                continue;
            }

            if (!added && tier.Priority < job.Priority)
            {
                tiers.Add(new PriorityTier(job.Priority, [job]));
                added = true;
            }

            tiers.Add(tier);
        }

        if (!added)
        {
            tiers.Add(new PriorityTier(job.Priority, [job]));
        }

        return new ActiveJobSet([.. tiers]);
    }

    public ActiveJobSet Without(JobRange job)
    {
        if (!Contains(job))
        {
            return this;
        }

        var tiers = new List<PriorityTier>(Tiers.Length);
        var removed = false;
        foreach (var tier in Tiers)
        {
            if (removed || tier.Priority != job.Priority || Array.IndexOf(tier.Jobs, job) < 0)
            {
                tiers.Add(tier);
                continue;
            }

            removed = true;
            if (tier.Jobs.Length > 1)
            {
                tiers.Add(new PriorityTier(tier.Priority, WithoutAt(tier.Jobs, Array.IndexOf(tier.Jobs, job))));
            }
        }

        return removed ? new ActiveJobSet([.. tiers]) : this;
    }

    /// <summary>
    /// The set without every drained job, all removed in one copy (their list in <paramref name="removed"/>);
    /// this set itself when none is drained. Jobs sharing workers round-robin drain within one rotation of
    /// each other, so one rebuild retires them all instead of one rebuild per job.
    /// </summary>
    public ActiveJobSet WithoutDrained(List<JobRange> removed)
    {
        removed.Clear();
        List<PriorityTier>? tiers = null;
        for (var t = 0; t < Tiers.Length; t++)
        {
            var tier = Tiers[t];
            var drained = 0;
            foreach (var job in tier.Jobs)
            {
                drained += job.IsDrained ? 1 : 0;
            }

            if (drained == 0)
            {
                tiers?.Add(tier);
                continue;
            }

            tiers ??= [.. Tiers.AsSpan(0, t)];
            var rest = new JobRange[tier.Jobs.Length - drained];
            var kept = 0;
            foreach (var job in tier.Jobs)
            {
                // Drained never turns back, so a job may only join the drained ones between the two passes.
                if (job.IsDrained)
                {
                    removed.Add(job);
                }
                else if (kept < rest.Length)
                {
                    rest[kept++] = job;
                }
            }

            if (kept > 0)
            {
                tiers.Add(new PriorityTier(tier.Priority, kept == rest.Length ? rest : rest[..kept]));
            }
        }

        return tiers is null ? this : new ActiveJobSet([.. tiers]);
    }

    // One exact-size copy: a retirement runs once per job, but with many jobs active each copy is as long
    // as the tier, so no growing list and no closure on top of it.
    private static JobRange[] WithoutAt(JobRange[] jobs, int index)
    {
        var rest = new JobRange[jobs.Length - 1];
        Array.Copy(jobs, 0, rest, 0, index);
        Array.Copy(jobs, index + 1, rest, index, rest.Length - index);
        return rest;
    }

    private bool Contains(JobRange job)
    {
        foreach (var tier in Tiers)
        {
            if (tier.Priority == job.Priority && Array.IndexOf(tier.Jobs, job) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
