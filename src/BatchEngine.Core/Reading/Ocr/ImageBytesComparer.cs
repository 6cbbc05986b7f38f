namespace BatchEngine.Reading.Ocr;

/// <summary>Compares encoded images by their bytes, so that copies of one image drawn on several pages are found.</summary>
internal sealed class ImageBytesComparer : IEqualityComparer<ReadOnlyMemory<byte>>
{
    public static readonly ImageBytesComparer Instance = new();

    public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

    public int GetHashCode(ReadOnlyMemory<byte> obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(obj.Span);
        return hash.ToHashCode();
    }
}
