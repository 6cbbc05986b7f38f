using System.Buffers.Binary;

namespace BatchEngine.Isolation.Protocol;

/// <summary>
/// The extraction protocol's framing on the child's standard streams: a 4-byte little-endian payload
/// length, a <see cref="FrameKind"/> byte, then the payload. One request and its answer at a time.
/// </summary>
internal static class ExtractionFrames
{
    private const int HeaderSize = 5;

    public static void Write(Stream output, FrameKind kind, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        header[4] = (byte)kind;
        output.Write(header);
        output.Write(payload);
        output.Flush();
    }

    public static async ValueTask WriteAsync(Stream output, FrameKind kind, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        header[4] = (byte)kind;
        await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the next frame; null when the stream ended (the other side closed it or died).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a frame: wrong length or unknown kind.</exception>
    public static async ValueTask<Frame?> ReadAsync(Stream input, int maxPayloadBytes, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        if (!await FillAsync(input, header, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        var kind = (FrameKind)header[4];
        if (length < 0 || length > maxPayloadBytes)
        {
            throw new InvalidDataException($"a frame announced {length} bytes (at most {maxPayloadBytes} allowed)");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new InvalidDataException($"unknown frame kind {header[4]}");
        }

        var payload = new byte[length];
        return await FillAsync(input, payload, cancellationToken).ConfigureAwait(false) ? new Frame(kind, payload) : null;
    }

    /// <summary>Synchronous read for the child, which does one thing at a time.</summary>
    public static Frame? Read(Stream input, int maxPayloadBytes) =>
        ReadAsync(input, maxPayloadBytes, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private static async ValueTask<bool> FillAsync(Stream input, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}

/// <summary>One frame of the extraction protocol.</summary>
internal readonly record struct Frame(FrameKind Kind, byte[] Payload);
