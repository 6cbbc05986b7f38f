using BatchEngine.Reading;

namespace BatchEngine.Isolation;

/// <summary>The payload of a <see cref="FrameKind.ReadRequest"/>: the limits, then the document's bytes.</summary>
internal readonly record struct ReadRequest(ReadingLimits Limits, ReadOnlyMemory<byte> Content)
{
    private const int LimitsSize = 8;

    public byte[] Encode()
    {
        var payload = new byte[LimitsSize + Content.Length];
        BitConverter.TryWriteBytes(payload.AsSpan(0, 4), Limits.MaxPages);
        BitConverter.TryWriteBytes(payload.AsSpan(4, 4), Limits.MaxCharacters);
        Content.Span.CopyTo(payload.AsSpan(LimitsSize));
        return payload;
    }

    public static ReadRequest Decode(byte[] payload) => new(
        new ReadingLimits(BitConverter.ToInt32(payload, 0), BitConverter.ToInt32(payload, 4)),
        payload.AsMemory(LimitsSize));
}
