using System.Buffers.Binary;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Protocol;

/// <summary>The payload of a <see cref="FrameKind.ReadRequest"/>: the limits (image limits included), then the document's bytes.</summary>
internal readonly record struct ReadRequest(ReadingLimits Limits, ReadOnlyMemory<byte> Content)
{
    private const int LimitsSize = 36;

    public byte[] Encode()
    {
        var payload = new byte[LimitsSize + Content.Length];
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
        Content.Span.CopyTo(span[LimitsSize..]);
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
        return new(limits, payload.AsMemory(LimitsSize));
    }
}
