using System.Net;
using System.Text;

namespace BatchEngine.Tests.Support;

/// <summary>
/// A multipart/form-data body of <c>files</c> parts generated while it is sent, from one reused buffer: the
/// client never holds the batch either, so memory measured in the process is the server's.
/// </summary>
internal sealed class GeneratedMultipartContent : HttpContent
{
    private const string Boundary = "----BatchEngineMemoryBoundary";
    private readonly int _files;
    private readonly int _fileBytes;
    private readonly byte[] _header;

    public GeneratedMultipartContent(int files, int fileBytes, byte[] header)
    {
        (_files, _fileBytes, _header) = (files, fileBytes, header);
        Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
    }

    public long TotalFileBytes => (long)_files * _fileBytes;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = (byte)((i * 7919) ^ (i >> 8));
        }

        for (var file = 0; file < _files; file++)
        {
            await stream.WriteAsync(PartHeader(file));
            await stream.WriteAsync(_header);
            for (var left = _fileBytes - _header.Length; left > 0; left -= chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, Math.Min(left, chunk.Length)));
            }

            await stream.WriteAsync("\r\n"u8.ToArray());
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Enumerable.Range(0, _files).Sum(f => (long)PartHeader(f).Length + _fileBytes + 2) + Encoding.ASCII.GetByteCount($"--{Boundary}--\r\n");
        return true;
    }

    private static byte[] PartHeader(int file) => Encoding.ASCII.GetBytes(
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"probe{file:D4}.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
}
