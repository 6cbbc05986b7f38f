namespace BatchEngine.Office;

/// <summary>
/// Limits on the ZIP package of a Word, Excel or PowerPoint file, checked before the Open XML SDK sees it: a
/// file over any of them fails its document with a clear error (a zip bomb never reaches a parser).
/// </summary>
public sealed class OfficeReaderOptions
{
    /// <summary>Most parts (ZIP entries) in one file. Default 5,000 (a large deck has a few hundred).</summary>
    public int MaxParts { get; set; } = 5_000;

    /// <summary>Most uncompressed bytes of one part, as the archive declares it (the ZIP reader never gives more than that). Default 64 MiB.</summary>
    public long MaxPartBytes { get; set; } = 64L << 20;

    /// <summary>Most uncompressed bytes of all parts together. Default 512 MiB.</summary>
    public long MaxTotalBytes { get; set; } = 512L << 20;
}
