namespace BatchEngine.Testing;

/// <summary>The default release of a suite's subject (a store or a queue): whichever dispose it offers.</summary>
internal static class SubjectDisposal
{
    public static async Task DisposeAsync(object subject)
    {
        switch (subject)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
