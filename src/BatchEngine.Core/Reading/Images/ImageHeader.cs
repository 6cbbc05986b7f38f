using System.Buffers.Binary;

namespace BatchEngine.Reading;

/// <summary>
/// Reads an image's format and the size of each of its frames from its header, without decoding a pixel, so
/// that a decompression bomb is refused before any decoder sees it.
/// </summary>
internal static class ImageHeader
{
    // A TIFF with more frames than this is read up to here; the page limit cuts it shorter anyway.
    private const int MaxTiffFrames = 10_000;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormat Sniff(ReadOnlySpan<byte> header) => header switch
    {
        _ when header.StartsWith(PngSignature) => ImageFormat.Png,
        [0xFF, 0xD8, 0xFF, ..] => ImageFormat.Jpeg,
        [0x00, 0x00, 0x00, 0x0C, (byte)'j', (byte)'P', ..] or [0xFF, 0x4F, 0xFF, 0x51, ..] => ImageFormat.Jpeg2000,
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => ImageFormat.Tiff,
        [(byte)'B', (byte)'M', ..] when IsBmpHeader(header) => ImageFormat.Bmp,
        _ => ImageFormat.Unknown,
    };

    /// <summary>The size of each frame (one for every format but TIFF); empty when the header is cut short or broken.</summary>
    public static List<(long Width, long Height)> Frames(ReadOnlySpan<byte> image) => Sniff(image) switch
    {
        ImageFormat.Png when image.Length >= 24 => [(BinaryPrimitives.ReadUInt32BigEndian(image[16..]), BinaryPrimitives.ReadUInt32BigEndian(image[20..]))],
        ImageFormat.Jpeg => JpegFrame(image),
        ImageFormat.Tiff => TiffFrames(image),
        ImageFormat.Bmp => BmpFrame(image),
        _ => [],
    };

    /// <summary>The file extension Tesseract's image library expects for the format.</summary>
    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Jpeg2000 => ".jp2",
        ImageFormat.Tiff => ".tif",
        ImageFormat.Bmp => ".bmp",
        _ => ".img",
    };

    // The DIB header that follows the 14-byte file header has one of a few known sizes.
    private static bool IsBmpHeader(ReadOnlySpan<byte> header) =>
        header.Length >= 26 && BinaryPrimitives.ReadUInt32LittleEndian(header[14..]) is 12 or 40 or 52 or 56 or 64 or 108 or 124;

    private static List<(long, long)> BmpFrame(ReadOnlySpan<byte> image)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(image[14..]) == 12)
        {
            return [(BinaryPrimitives.ReadUInt16LittleEndian(image[18..]), BinaryPrimitives.ReadUInt16LittleEndian(image[20..]))];
        }

        // A negative height means the rows are stored top-down; the size is the same.
        return [(Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(image[18..])), Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(image[22..])))];
    }

    // Walks the markers to the first start-of-frame (SOF0-SOF15 except DHT, JPG and DAC), which holds the size.
    private static List<(long, long)> JpegFrame(ReadOnlySpan<byte> image)
    {
        var at = 2;
        while (at + 9 <= image.Length)
        {
            if (image[at] != 0xFF)
            {
                return [];
            }

            var marker = image[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return [(BinaryPrimitives.ReadUInt16BigEndian(image[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(image[(at + 5)..]))];
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(image[(at + 2)..]);
        }

        return [];
    }

    private static List<(long, long)> TiffFrames(ReadOnlySpan<byte> image)
    {
        var little = image[0] == 'I';
        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);

        var frames = new List<(long, long)>();
        var visited = new HashSet<uint>();
        var ifd = U32(image[4..]);
        while (ifd != 0 && ifd + 2 <= image.Length && frames.Count < MaxTiffFrames && visited.Add(ifd))
        {
            var entries = U16(image[(int)ifd..]);
            var end = ifd + 2 + (12L * entries);
            if (end + 4 > image.Length)
            {
                break;
            }

            long width = 0, height = 0;
            for (var index = 0; index < entries; index++)
            {
                var entry = image[(int)(ifd + 2 + (12 * index))..];
                var (tag, type) = (U16(entry), U16(entry[2..]));
                long value = type == 3 ? U16(entry[8..]) : U32(entry[8..]);
                if (tag == 256)
                {
                    width = value;
                }
                else if (tag == 257)
                {
                    height = value;
                }
            }

            frames.Add((width, height));
            ifd = U32(image[(int)end..]);
        }

        return frames;
    }
}
