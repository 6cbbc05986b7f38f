using BatchEngine.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BatchEngine.Tests.Scheduling;

/// <summary>Claim order over random jobs (sizes and priorities), all enqueued first, then claimed one by one.</summary>
public sealed class LockFreeWorkQueuePropertyTests
{
    private static Arbitrary<(int Size, int Priority)[]> Jobs() =>
        Arb.From(
            from count in Gen.Choose(1, 8)
            from jobs in Gen.ArrayOf(Gen.Choose(1, 60).Zip(Gen.Choose(-1, 1)), count)
            select jobs);

    [Property(MaxTest = 200)]
    public Property Claims_are_exactly_once_highest_priority_first_and_round_robin_within_a_priority() =>
        Prop.ForAll(Jobs(), jobs =>
        {
            var queue = new LockFreeWorkQueue();
            for (var j = 0; j < jobs.Length; j++)
            {
                var ids = Enumerable.Range(0, jobs[j].Size).Select(i => $"{j}:{i}").ToArray();
                queue.EnqueueAsync(new JobWork(j.ToString(), ids, jobs[j].Priority), CancellationToken.None).AsTask().Wait();
            }

            var left = jobs.Select(j => j.Size).ToArray();
            var claims = new int[jobs.Length];
            var seen = new HashSet<string>();
            var trace = new List<string>();
            while (queue.TryClaim(out var item))
            {
                var job = int.Parse(item.JobId);
                Assert.True(seen.Add(item.DocId), $"{item.DocId} was claimed twice.");

                // Highest priority first: nothing of a higher priority may be left.
                var highestLeft = Enumerable.Range(0, jobs.Length).Where(j => left[j] > 0).Max(j => jobs[j].Priority);
                Assert.Equal(highestLeft, jobs[job].Priority);

                trace.Add(item.JobId);
                left[job]--;
                claims[job]++;

                // Round-robin: jobs of one priority that both still have documents stay within one claim of
                // each other, plus one for each peer that ran out (the claim meant for it goes to the next job).
                var samePriority = Enumerable.Range(0, jobs.Length).Where(j => jobs[j].Priority == jobs[job].Priority).ToList();
                var active = samePriority.Where(j => left[j] > 0).ToList();
                var drained = samePriority.Count - active.Count;
                if (active.Count > 0)
                {
                    var spread = active.Max(j => claims[j]) - active.Min(j => claims[j]);
                    Assert.True(spread <= 1 + drained, $"claims {string.Join(",", claims)} are not round-robin; order {string.Join(" ", trace)}.");
                }
            }

            Assert.Equal(jobs.Sum(j => j.Size), seen.Count);
            Assert.All(left, l => Assert.Equal(0, l));
            return true;
        });
}
