namespace BatchEngine.Reading;

/// <summary>The image formats OCR reads, recognised from their first bytes.</summary>
internal enum ImageFormat
{
    Unknown,
    Png,
    Jpeg,
    Jpeg2000,
    Tiff,
    Bmp,
}
