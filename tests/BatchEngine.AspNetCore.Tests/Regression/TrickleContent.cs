using System.Net;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// A multipart upload whose body arrives slowly: the opening of one file part, then a kilobyte every
/// pause until <see cref="Finish"/> is called (or a time limit passes), as a slow or
/// hostile (slowloris) client sends it.
/// </summary>
internal sealed class TrickleContent : HttpContent
{
    public const string Boundary = "----BatchEngineTrickle";
    private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan _pause;
    private readonly TimeSpan _limit;

    public TrickleContent(TimeSpan pause, TimeSpan limit)
    {
        (_pause, _limit) = (pause, limit);
        Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
    }

    public TrickleContent()
        : this(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60))
    {
    }

    /// <summary>Sends the rest of the body and closes it.</summary>
    public void Finish() => _finish.TrySetResult();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await Write(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.txt\"\r\nContent-Type: text/plain\r\n\r\n", cancellationToken);
        var started = DateTime.UtcNow;
        while (!_finish.Task.IsCompleted && DateTime.UtcNow - started < _limit)
        {
            await Write(stream, new string('a', 1024), cancellationToken);
            await Task.WhenAny(_finish.Task, Task.Delay(_pause, cancellationToken));
        }

        await Write(stream, $"\r\n--{Boundary}--\r\n", cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private static async Task Write(Stream stream, string text, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
