using System.Buffers.Binary;
using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Protocol;

/// <summary>
/// The payload of a <see cref="FrameKind.ReadRequest"/>: the limits (image limits included), the document's length,
/// then the path of the file holding it. Without a path, exactly <see cref="ContentLength"/> bytes of content follow
/// the frame on the stream, so neither side builds a payload holding the whole document.
/// </summary>
internal readonly record struct ReadRequest(ReadingLimits Limits, long ContentLength, string? ContentPath)
{
    private const int LimitsSize = 36;
    private const int HeaderSize = LimitsSize + 8;

    public byte[] Encode()
    {
        var path = ContentPath is null ? [] : Encoding.UTF8.GetBytes(ContentPath);
        var payload = new byte[HeaderSize + path.Length];
        var span = payload.AsSpan();
        var images = Limits.Images;
        BinaryPrimitives.WriteInt32LittleEndian(span[0..], Limits.MaxPages);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], Limits.MaxCharacters);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], images.MaxImages);
        BinaryPrimitives.WriteInt64LittleEndian(span[12..], images.MaxPixels);
        BinaryPrimitives.WriteInt32LittleEndian(span[20..], images.MaxImageBytes);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], images.MinWidth);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], images.MinHeight);
        BinaryPrimitives.WriteInt32LittleEndian(span[32..], images.TextLayerMinimumCharacters);
        BinaryPrimitives.WriteInt64LittleEndian(span[LimitsSize..], ContentLength);
        path.CopyTo(span[HeaderSize..]);
        return payload;
    }

    public static ReadRequest Decode(byte[] payload)
    {
        ReadOnlySpan<byte> span = payload;
        var images = new ImageLimits(
            BinaryPrimitives.ReadInt32LittleEndian(span[8..]),
            BinaryPrimitives.ReadInt64LittleEndian(span[12..]),
            BinaryPrimitives.ReadInt32LittleEndian(span[20..]),
            BinaryPrimitives.ReadInt32LittleEndian(span[24..]),
            BinaryPrimitives.ReadInt32LittleEndian(span[28..]),
            BinaryPrimitives.ReadInt32LittleEndian(span[32..]));
        var limits = new ReadingLimits(BinaryPrimitives.ReadInt32LittleEndian(span), BinaryPrimitives.ReadInt32LittleEndian(span[4..])) { Images = images };
        var length = BinaryPrimitives.ReadInt64LittleEndian(span[LimitsSize..]);
        var path = payload.Length > HeaderSize ? Encoding.UTF8.GetString(span[HeaderSize..]) : null;
        return new(limits, length, path);
    }
}
