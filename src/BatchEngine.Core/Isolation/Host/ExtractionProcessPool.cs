using System.Threading.Channels;
using BatchEngine.Isolation.Protocol;
using BatchEngine.Processing;
using BatchEngine.Reading;
using Microsoft.Extensions.Logging;

namespace BatchEngine.Isolation.Host;

/// <summary>
/// A fixed number of slots, each holding at most one live extraction process. A read takes a free slot,
/// starts its process if needed, and gives the slot back. A process that had to be killed is dropped; a
/// document that crashed one is retried once on a fresh one, and one that killed two is not read again.
/// A batch document waiting for a free slot has its timeout paused (<see cref="DocumentDeadline"/>): the wait is
/// the other readers' doing (<c>POST /classify</c> shares the pool). A launch that could not be prepared (its
/// runtimeconfig not written) is tried again on the next read, never remembered as failed.
/// </summary>
internal sealed partial class ExtractionProcessPool : IAsyncDisposable, IDisposable
{
    private readonly ExtractionSettings _settings;
    private readonly Lock _launchGate = new();
    private ExtractionProcessLaunch? _launch;
    private readonly Channel<Slot> _freeSlots;
    private readonly Slot[] _slots;
    private readonly PoisonRegister _poison = new();
    private readonly ILogger _logger;
    private int _processesStarted;
    private int _processesKilled;
    private int _processesRecycled;
    private int _readsWaiting;

    public ExtractionProcessPool(ExtractionSettings settings, ILogger<ExtractionProcessPool> logger)
    {
        _settings = settings;
        _logger = logger;
        _slots = Enumerable.Range(0, settings.PoolSize).Select(_ => new Slot()).ToArray();
        _freeSlots = Channel.CreateBounded<Slot>(settings.PoolSize);
        foreach (var slot in _slots)
        {
            _freeSlots.Writer.TryWrite(slot);
        }
    }

    public ExtractionSettings Settings => _settings;

    /// <summary>Reads waiting for a free slot right now.</summary>
    public int ReadsWaiting => Volatile.Read(ref _readsWaiting);

    /// <summary>Child processes started so far (first starts, replacements and recycling).</summary>
    public int ProcessesStarted => Volatile.Read(ref _processesStarted);

    /// <summary>Child processes killed during a read (timeout, crash, memory cap, garbage output, or a cancelled read).</summary>
    public int ProcessesKilled => Volatile.Read(ref _processesKilled);

    /// <summary>Child processes retired after <see cref="ExtractionSettings.DocumentsPerProcess"/> documents.</summary>
    public int ProcessesRecycled => Volatile.Read(ref _processesRecycled);

    /// <summary>Reads a PDF held in memory in a child process.</summary>
    public Task<ExtractedDocument> ReadAsync(ReadOnlyMemory<byte> content, ReadingLimits limits, CancellationToken cancellationToken) =>
        ReadAsync(IsolatedContent.From(content), limits, cancellationToken);

    /// <summary>Reads a PDF in a child process.</summary>
    public async Task<ExtractedDocument> ReadAsync(IsolatedContent content, ReadingLimits limits, CancellationToken cancellationToken)
    {
        // Hashing reads the whole document, so it waits until a kill makes the key matter (no poison known yet, none to find).
        var key = _poison.IsEmpty ? null : await content.KeyAsync(cancellationToken).ConfigureAwait(false);
        var request = new ReadRequest(limits, content.Length, content.FilePath);
        while (true)
        {
            if (key is not null && _poison.IsPoisoned(key))
            {
                LogPoisonRefused(_logger, key[..16]);
                throw new ExtractionFailedException(ExtractionFailure.Poisoned,
                    $"ExtractionPoisoned: this document already killed {PoisonRegister.KillsToPoison} reader processes and is not read again.");
            }

            try
            {
                return await ReadInFreeSlotAsync(request, content, cancellationToken).ConfigureAwait(false);
            }
            catch (ExtractionFailedException error) when (error.Failure == ExtractionFailure.Timeout)
            {
                // A hang is not retried (that would double the wait) and does not count as poison: on an
                // overloaded machine a sound document can time out, and it must stay readable later.
                key ??= await content.KeyAsync(CancellationToken.None).ConfigureAwait(false);
                LogProcessKilled(_logger, error.Failure, 0, key[..16]);
                throw;
            }
            catch (ExtractionFailedException error)
            {
                // A crash, the memory cap or garbage is the document's doing: one retry on a fresh process, no third.
                key ??= await content.KeyAsync(CancellationToken.None).ConfigureAwait(false);
                var kills = _poison.RecordKill(key);
                LogProcessKilled(_logger, error.Failure, kills, key[..16]);
                if (kills >= PoisonRegister.KillsToPoison)
                {
                    throw new ExtractionFailedException(error.Failure, $"{error.Message.TrimEnd('.')}. The document killed {kills} reader processes and is not retried.");
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _freeSlots.Writer.TryComplete();
        _launch?.Dispose();
        foreach (var slot in _slots)
        {
            if (Interlocked.Exchange(ref slot.Process, null) is { } process)
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Kills every child at once (the container's synchronous disposal).</summary>
    public void Dispose()
    {
        _freeSlots.Writer.TryComplete();
        _launch?.Dispose();
        foreach (var slot in _slots)
        {
            Interlocked.Exchange(ref slot.Process, null)?.Dispose();
        }
    }

    private async Task<ExtractedDocument> ReadInFreeSlotAsync(ReadRequest request, IsolatedContent content, CancellationToken cancellationToken)
    {
        if (!_freeSlots.Reader.TryRead(out var slot))
        {
            using (DocumentDeadline.Current?.Pause())
            {
                Interlocked.Increment(ref _readsWaiting);
                try
                {
                    slot = await _freeSlots.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref _readsWaiting);
                }
            }
        }

        try
        {
            var process = slot.Process ??= await StartProcessAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var document = await process.ReadAsync(request, content, cancellationToken).ConfigureAwait(false);
                RecycleIfWorn(slot);
                return document;
            }
            catch (DocumentReadException)
            {
                RecycleIfWorn(slot);
                throw;
            }
            catch
            {
                // Killed, cancelled or out of step (any error but the reader's own verdict): drop the process, never
                // reuse it mid-answer; the next read in this slot starts a fresh one.
                process.Kill();
                slot.Process = null;
                Interlocked.Increment(ref _processesKilled);
                await process.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            _freeSlots.Writer.TryWrite(slot);
        }
    }

    private async Task<ExtractionProcess> StartProcessAsync(CancellationToken cancellationToken)
    {
        var process = await ExtractionProcess.StartAsync(Launch(), _settings, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _processesStarted);
        LogProcessStarted(_logger, process.ProcessId);
        return process;
    }

    // Not Lazy<T>: a Lazy would keep the first failure (a full disk, say) for the life of the process.
    private ExtractionProcessLaunch Launch()
    {
        lock (_launchGate)
        {
            return _launch ??= ExtractionProcessLaunch.Create(_settings);
        }
    }

    private void RecycleIfWorn(Slot slot)
    {
        if (slot.Process is { } process && process.DocumentsRead >= _settings.DocumentsPerProcess)
        {
            slot.Process = null;
            Interlocked.Increment(ref _processesRecycled);
            LogProcessRecycled(_logger, process.ProcessId, process.DocumentsRead);

            // Not awaited: the document is done, and the old child only needs to see its input close and exit.
            _ = process.DisposeAsync().AsTask();
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Extraction process {ProcessId} started")]
    private static partial void LogProcessStarted(ILogger logger, int processId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Extraction process killed ({Failure}); the document (sha256 {ContentKey}...) has killed {Kills} process(es)")]
    private static partial void LogProcessKilled(ILogger logger, ExtractionFailure failure, int kills, string contentKey);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Debug, Message = "Extraction process {ProcessId} recycled after {Documents} documents")]
    private static partial void LogProcessRecycled(ILogger logger, int processId, int documents);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "A poison document (sha256 {ContentKey}...) was refused without reading")]
    private static partial void LogPoisonRefused(ILogger logger, string contentKey);

    /// <summary>A place for one live process; only the reader holding the slot touches it.</summary>
    private sealed class Slot
    {
        public ExtractionProcess? Process;
    }
}
