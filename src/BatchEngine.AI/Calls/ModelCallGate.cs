using Microsoft.Extensions.Options;

namespace BatchEngine.AI.Calls;

/// <summary>
/// The limit on model calls in flight in this process (<see cref="ChatClassifierOptions.MaxConcurrentCalls"/>), shared
/// by every worker and both models: a batch of a thousand documents never opens more connections than that.
/// </summary>
internal sealed class ModelCallGate(IOptions<ChatClassifierOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentCalls, options.Value.MaxConcurrentCalls);

    /// <summary>Waits for a slot; false when <paramref name="cancellationToken"/> fired first.</summary>
    public async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
