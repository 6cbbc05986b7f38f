using System.Buffers;
using System.Security.Cryptography;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Host;

/// <summary>
/// A document on its way to a child process, never copied whole in the host: the child opens the file itself
/// when the content is a file on disk (the temp-folder store), otherwise the bytes are copied from the stream to the
/// child's input a buffer at a time. The stream is seekable, so a retry on a fresh child and the poison key read
/// it again from the start.
/// </summary>
internal sealed class IsolatedContent
{
    private const int BufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly long _start;
    private string? _key;

    private IsolatedContent(Stream stream)
    {
        _stream = stream;
        _start = stream.Position;
        Length = stream.Length - _start;
        FilePath = stream is FileStream file && _start == 0 && Path.IsPathFullyQualified(file.Name) ? file.Name : null;
    }

    public long Length { get; }

    /// <summary>The file the child reads the content from; null when the bytes go through the pipe.</summary>
    public string? FilePath { get; }

    /// <summary>
    /// Wraps <paramref name="content"/>; a stream that cannot seek is read into memory first (one copy, which a retry needs).
    /// </summary>
    public static async ValueTask<IsolatedContent> FromAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            return new IsolatedContent(content);
        }

        var bytes = await ContentBytes.ReadAllAsync(content, cancellationToken).ConfigureAwait(false);
        return new IsolatedContent(new MemoryStream(bytes, writable: false));
    }

    public static IsolatedContent From(ReadOnlyMemory<byte> content) =>
        new(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var array)
            ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false));

    /// <summary>The content's SHA-256 in hex (the poison register's key), read once on first use.</summary>
    public async ValueTask<string> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await ForEachChunkAsync(chunk =>
        {
            hash.AppendData(chunk.Span);
            return ValueTask.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        return _key = Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Writes exactly <see cref="Length"/> bytes to <paramref name="output"/>, from the start of the content.</summary>
    /// <exception cref="InvalidDataException">The content ended before its length (changed while being read).</exception>
    public ValueTask CopyToAsync(Stream output, CancellationToken cancellationToken) =>
        ForEachChunkAsync(chunk => output.WriteAsync(chunk, cancellationToken), cancellationToken);

    private async ValueTask ForEachChunkAsync(Func<ReadOnlyMemory<byte>, ValueTask> action, CancellationToken cancellationToken)
    {
        _stream.Position = _start;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            var left = Length;
            while (left > 0)
            {
                var read = await _stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new InvalidDataException($"the content ended {left} bytes before its length of {Length} bytes");
                }

                await action(buffer.AsMemory(0, read)).ConfigureAwait(false);
                left -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
