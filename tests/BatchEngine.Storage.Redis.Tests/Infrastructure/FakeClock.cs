using Microsoft.Extensions.Time.Testing;

namespace BatchEngine.Tests.Infrastructure;

/// <summary>Moves a fake clock shared by several nodes in small steps, giving their pumps real time to act on each.</summary>
internal static class FakeClock
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    public static FakeTimeProvider Start() => new(DateTimeOffset.UtcNow);

    public static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan total)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += Step)
        {
            time.Advance(Step);
            await Task.Delay(25);
        }
    }
}
