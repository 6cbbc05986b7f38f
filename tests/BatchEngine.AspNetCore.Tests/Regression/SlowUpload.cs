using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace BatchEngine.Tests.Regression;

/// <summary>
/// A multipart upload sent by hand over a socket whose body arrives slowly, as a slow or hostile (slowloris) client
/// sends it: the opening of one file part, then a kilobyte chunk every 100 ms until <see cref="Finish"/> (or a
/// minute). The answer is read as it comes, even while the body is still being sent (an HTTP client library gives
/// up on an answer that arrives before its request is sent).
/// </summary>
internal sealed class SlowUpload : IAsyncDisposable
{
    private const string Boundary = "----BatchEngineSlow";
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _sending;

    private SlowUpload(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        Answer = ReadAnswerAsync();
        _sending = SendAsync();
    }

    /// <summary>The status code and body the server answered.</summary>
    public Task<(int Status, JsonObject? Body)> Answer { get; }

    public static async Task<SlowUpload> StartAsync(Uri address)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        return new SlowUpload(client);
    }

    /// <summary>Sends the rest of the body.</summary>
    public void Finish() => _finish.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Finish();
        await _sending;
        _client.Dispose();
    }

    private async Task SendAsync()
    {
        try
        {
            await WriteAsync(
                $"POST /batch/upload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n"
                + $"Content-Type: multipart/form-data; boundary={Boundary}\r\n\r\n", chunked: false);
            await WriteAsync($"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.txt\"\r\nContent-Type: text/plain\r\n\r\n");
            var started = DateTime.UtcNow;
            while (!_finish.Task.IsCompleted && !Answer.IsCompleted && DateTime.UtcNow - started < Limit)
            {
                await WriteAsync(new string('a', 1024));
                await Task.WhenAny(_finish.Task, Answer, Task.Delay(Pause));
            }

            await WriteAsync($"\r\n--{Boundary}--\r\n");
            await WriteAsync("0\r\n\r\n", chunked: false);
        }
        catch (IOException)
        {
            // The server answered and closed the connection while the body was still coming: that is the point.
        }
    }

    private async Task WriteAsync(string text, bool chunked = true)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (chunked)
        {
            await _stream.WriteAsync(Encoding.ASCII.GetBytes($"{bytes.Length:X}\r\n"));
            await _stream.WriteAsync(bytes);
            await _stream.WriteAsync("\r\n"u8.ToArray());
        }
        else
        {
            await _stream.WriteAsync(bytes);
        }

        await _stream.FlushAsync();
    }

    private async Task<(int Status, JsonObject? Body)> ReadAnswerAsync()
    {
        using var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await _stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Reset after the answer was written; what arrived is kept.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var headersEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = text[(headersEnd + 4)..];
        if (text[..headersEnd].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return (status, body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject());
    }

    private static string Unchunk(string body)
    {
        var output = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..lineEnd], 16);
            if (size == 0)
            {
                return output.ToString();
            }

            output.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
