using DocumentFormat.OpenXml.Packaging;

namespace BatchEngine.Office;

/// <summary>The bytes of an image part (its size is already bounded by the package check).</summary>
internal static class OfficeImages
{
    public static byte[] Bytes(OpenXmlPart image)
    {
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
