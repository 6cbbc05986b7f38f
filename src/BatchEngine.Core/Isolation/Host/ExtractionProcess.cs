using System.ComponentModel;
using System.Diagnostics;
using BatchEngine.Isolation.Protocol;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Host;

/// <summary>
/// One extraction child process, reading one document at a time. A read that ends without an answer
/// (timeout, crash, memory cap, garbage on the wire) kills the process and throws
/// <see cref="ExtractionFailedException"/>; the pool then replaces it.
/// </summary>
internal sealed class ExtractionProcess : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan MemoryPollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly StandardErrorWatch _errors = new();
    private readonly ExtractionSettings _settings;
    private volatile bool _killed;
    private volatile bool _memoryExceeded;

    private ExtractionProcess(Process process, ExtractionSettings settings)
    {
        _process = process;
        _settings = settings;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        process.ErrorDataReceived += (_, line) => _errors.Add(line.Data);
        process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    public int DocumentsRead { get; private set; }

    /// <summary>Starts a child and waits until it says it is ready.</summary>
    public static async Task<ExtractionProcess> StartAsync(ExtractionProcessLaunch launch, ExtractionSettings settings, CancellationToken cancellationToken)
    {
        var process = new Process { StartInfo = launch.StartInfo() };
        process.Start();
        var child = new ExtractionProcess(process, settings);
        using var startTimeout = new CancellationTokenSource(settings.StartTimeout, settings.Time);
        using var killOnTimeout = startTimeout.Token.Register(child.Kill);
        using var killOnCancel = cancellationToken.Register(child.Kill);
        Frame? ready = null;
        try
        {
            ready = await ExtractionFrames.ReadAsync(child._output, 0, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            // Reported below with the exit code.
        }

        if (ready is { Kind: FrameKind.Ready })
        {
            return child;
        }

        child.Kill();
        var exitCode = await child.ExitCodeAsync().ConfigureAwait(false);
        await child.DisposeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException(
            $"The extraction process did not start (exit code {exitCode}{child._errors.CrashHint()}, "
            + $"start timeout {settings.StartTimeout.TotalSeconds:0.#} s).");
    }

    /// <summary>Reads one document. Throws <see cref="DocumentReadException"/> for a file the reader rejected (the process stays usable).</summary>
    public async Task<ExtractedDocument> ReadAsync(ReadRequest request, IsolatedContent content, CancellationToken cancellationToken)
    {
        var progress = new ReadProgress();
        using var timeout = new CancellationTokenSource(_settings.ExtractionTimeout, _settings.Time);
        using var killOnTimeout = timeout.Token.Register(Kill);
        using var killOnCancel = cancellationToken.Register(Kill);
        using var memoryWatch = _settings.Time.CreateTimer(_ => KillIfOverMemory(), null, MemoryPollInterval, MemoryPollInterval);
        try
        {
            await ExtractionFrames.WriteAsync(_input, FrameKind.ReadRequest, request.Encode(), CancellationToken.None).ConfigureAwait(false);
            if (request.ContentPath is null)
            {
                await content.CopyToAsync(_input, CancellationToken.None).ConfigureAwait(false);
                await _input.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }

            while (await ExtractionFrames.ReadAsync(_output, _settings.MaxResponseBytes(request.Limits), CancellationToken.None).ConfigureAwait(false) is { } frame)
            {
                if (frame.Kind == FrameKind.PageStarted)
                {
                    progress.Page = Decode(frame, ExtractionResultCodec.DecodePage);
                    continue;
                }

                if (frame.Kind == FrameKind.Result)
                {
                    var document = Decode(frame, ExtractionResultCodec.DecodeDocument);
                    DocumentsRead++;
                    return document;
                }

                if (frame.Kind == FrameKind.Failure)
                {
                    var failure = Decode(frame, ExtractionResultCodec.DecodeFailure);
                    DocumentsRead++;
                    throw ReaderFailure(failure, progress);
                }

                progress.Invalid = $"an unexpected {frame.Kind} frame";
                break;
            }
        }
        catch (IOException)
        {
            // The child died while the request or its answer was on the wire: classified below.
        }
        catch (InvalidDataException error)
        {
            progress.Invalid = error.Message;
        }

        Kill();
        var exitCode = await ExitCodeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        throw Classify(exitCode, timeout.IsCancellationRequested, progress);
    }

    public void Kill()
    {
        _killed = true;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already exited.
        }
    }

    /// <summary>Stops the child: a live one is asked to finish (end of input) and killed if it does not.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_killed)
        {
            try
            {
                _input.Dispose();
            }
            catch (IOException)
            {
                // The child is gone already.
            }
        }

        if (await ExitCodeAsync().ConfigureAwait(false) is null)
        {
            Kill();
            await ExitCodeAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    /// <summary>Kills the child without waiting (shutdown).</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>
    /// Decodes a frame's payload; a payload that does not decode is a protocol error like garbage on the wire, so
    /// the child (now mid-answer, out of step with us) is killed rather than asked again.
    /// </summary>
    private static T Decode<T>(Frame frame, Func<byte[], T> decode)
    {
        try
        {
            return decode(frame.Payload);
        }
        catch (Exception error) when (error is ArgumentException or IOException or FormatException or OverflowException)
        {
            throw new InvalidDataException($"an undecodable {frame.Kind} frame of {frame.Payload.Length} bytes");
        }
    }

    private Exception ReaderFailure((string ExceptionType, string Message) failure, ReadProgress progress)
    {
        if (failure.ExceptionType == nameof(OutOfMemoryException))
        {
            _memoryExceeded = true;
            Kill();
            return MemoryLimit(progress);
        }

        return failure.ExceptionType == nameof(DocumentReadException)
            ? new DocumentReadException(failure.Message)
            : new DocumentReadException($"The reader failed: {failure.ExceptionType}: {failure.Message}");
    }

    private ExtractionFailedException Classify(int? exitCode, bool timedOut, ReadProgress progress)
    {
        if (timedOut)
        {
            return new(ExtractionFailure.Timeout,
                $"ExtractionTimeout: the reader did not finish within {_settings.ExtractionTimeout.TotalSeconds:0.#} s ({progress.Where}); its process was killed.");
        }

        if (_memoryExceeded)
        {
            return MemoryLimit(progress);
        }

        if (progress.Invalid is not null)
        {
            return new(ExtractionFailure.ProtocolError,
                $"ExtractionProtocolError: the reader process wrote an invalid response ({progress.Invalid}) {progress.Where}; it was killed.");
        }

        return new(ExtractionFailure.Crashed,
            $"ExtractionCrashed: reader process exited with code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} {progress.Where}{_errors.CrashHint()}");
    }

    private ExtractionFailedException MemoryLimit(ReadProgress progress) => new(ExtractionFailure.MemoryLimit,
        $"ExtractionMemoryLimit: the reader needed more than its {_settings.MemoryLimitBytes >> 20} MiB memory cap {progress.Where}; its process was killed.");

    private void KillIfOverMemory()
    {
        try
        {
            _process.Refresh();
            if (_process.WorkingSet64 > _settings.WorkingSetLimitBytes)
            {
                _memoryExceeded = true;
                Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    private async Task<int?> ExitCodeAsync()
    {
        using var wait = new CancellationTokenSource(ExitWait);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>What the child said so far about the document being read.</summary>
    private sealed class ReadProgress
    {
        public int Page { get; set; }

        public string? Invalid { get; set; }

        public string Where => Page == 0 ? "while opening the document" : $"while reading page {Page}";
    }
}
