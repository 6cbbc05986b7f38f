using BatchEngine.Retention;
using BatchEngine.Scheduling;
using BatchEngine.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BatchEngine.Processing;

/// <summary>
/// Runs the workers (<see cref="BatchEngineOptions.WorkerCount"/> loops claiming from the <see cref="IWorkQueue"/>)
/// and the retention sweeper. Registered as a hosted service by <c>AddBatchEngine()</c>; without a host it
/// starts lazily on first submission and stops when the service provider is disposed.
/// Stopping: workers stop claiming; in-flight documents finish, or, once the stop token fires (the host's
/// shutdown timeout; at once on dispose), are released back to pending, so nothing is left processing.
/// A stopped runtime does not start again.
/// </summary>
internal sealed class BatchEngineRuntime(
    IWorkQueue queue,
    DocumentPipeline pipeline,
    JobRetentionSweeper sweeper,
    RunningDocuments running,
    AbandonedWork abandoned,
    IOptions<BatchEngineOptions> options,
    TimeProvider time,
    ILogger<BatchEngineRuntime> logger) : IHostedService, IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan FaultPause = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private Task[] _loops = [];
    private Task? _stopping;
    private volatile RuntimeState _state;

    private enum RuntimeState
    {
        NotStarted,
        Running,
        Stopped,
    }

    public bool IsRunning => _state == RuntimeState.Running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureStarted();
        return Task.CompletedTask;
    }

    /// <summary>Starts the workers unless they run already (or were stopped).</summary>
    public void EnsureStarted()
    {
        if (_state != RuntimeState.NotStarted)
        {
            return;
        }

        var settings = options.Value; // validates the options: a bad setting fails here, with its message
        lock (_gate)
        {
            if (_state != RuntimeState.NotStarted)
            {
                return;
            }

            var loops = new List<Task>(settings.WorkerCount + 1);
            for (var i = 0; i < settings.WorkerCount; i++)
            {
                var worker = i;
                loops.Add(Task.Run(() => RunWorkerAsync(worker), CancellationToken.None));
            }

            if (settings.JobRetention is { } retention)
            {
                loops.Add(Task.Run(() => sweeper.RunAsync(retention, _stopClaiming.Token), CancellationToken.None));
            }

            _loops = [.. loops];
            _state = RuntimeState.Running;
        }

        EngineLog.Started(logger, settings.WorkerCount);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Task? stopping;
        lock (_gate)
        {
            if (_state == RuntimeState.Running)
            {
                // Called, not queued: its first step marks "stop claiming" at once, before any caller can abort
                // in-flight documents, so a released document is never claimed again by this runtime.
                _stopping = StopLoopsAsync(_loops);
            }

            _state = RuntimeState.Stopped;
            stopping = _stopping;
        }

        // Stops overlap (a host stopping while its provider is disposed): every caller waits for the one stop,
        // and any caller's token may abort the in-flight documents, which then go back to pending.
        return stopping is null ? Task.CompletedTask : WaitForStopAsync(stopping, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(new CancellationToken(canceled: true)).ConfigureAwait(false);
        _stopClaiming.Dispose();
        _abort.Dispose();
    }

    private async Task StopLoopsAsync(Task[] loops)
    {
        var inFlight = running.Count;
        // CancelAsync marks the token synchronously and runs its callbacks elsewhere (we hold a lock here).
        // ConfigureAwait(false): Dispose() blocks on this, and must not deadlock on a caller's context.
        await _stopClaiming.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(loops).ConfigureAwait(false);
        EngineLog.Stopped(logger, _abort.IsCancellationRequested ? inFlight : 0);
    }

    private async Task WaitForStopAsync(Task stopping, CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(static state => ((BatchEngineRuntime)state!).AbortInFlight(), this))
        {
            await stopping.ConfigureAwait(false);
        }
    }

    private void AbortInFlight()
    {
        try
        {
            _abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A late host token after the runtime was disposed: everything is stopped already.
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task RunWorkerAsync(int worker)
    {
        var stop = _stopClaiming.Token;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!abandoned.HasRoom)
                {
                    EngineLog.AbandonedWorkFull(logger, worker, abandoned.Count);
                    await abandoned.WaitForRoomAsync(stop).ConfigureAwait(false);
                    continue;
                }

                if (queue.TryClaim(out var item))
                {
                    await pipeline.ProcessAsync(item, _abort.Token).ConfigureAwait(false);
                    continue;
                }

                await queue.WaitForWorkAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store or queue outage: never let it kill the worker, never spin on it.
                EngineLog.WorkerFault(logger, worker, e.GetType().Name);
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    EngineLog.ErrorDetail(logger, $"worker {worker}", DocumentErrors.Detail(e));
                }

                try
                {
                    await Task.Delay(FaultPause, time, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
