using System.Runtime.InteropServices;
using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Isolation.Protocol;

/// <summary>Encodes an <see cref="ExtractedDocument"/> (a <see cref="FrameKind.Result"/> payload) and a reader failure.</summary>
internal static class ExtractionResultCodec
{
    /// <summary>In place of an image's length: its bytes are those of the earlier image whose index follows.</summary>
    private const int SameAsEarlierImage = -1;

    public static byte[] EncodeDocument(ExtractedDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(document.MediaType);
            writer.Write(document.PageCount);
            writer.Write(document.ImageCount);
            writer.Write(document.Truncated);
            writer.Write(document.UnreadablePageCount);
            writer.Write(document.Pages.Count);
            foreach (var page in document.Pages)
            {
                writer.Write(page.Number);
                writer.Write(page.Text);
                WriteSegments(writer, page);
            }

            WriteImages(writer, document.Images);
            writer.Write(document.ReviewReasons.Count);
            foreach (var reason in document.ReviewReasons)
            {
                writer.Write(reason);
            }
        }

        return buffer.ToArray();
    }

    public static ExtractedDocument DecodeDocument(byte[] payload)
    {
        using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        var mediaType = reader.ReadString();
        var pageCount = reader.ReadInt32();
        var imageCount = reader.ReadInt32();
        var truncated = reader.ReadBoolean();
        var unreadable = reader.ReadInt32();
        var pages = new PageText[reader.ReadInt32()];
        for (var index = 0; index < pages.Length; index++)
        {
            pages[index] = ReadSegments(reader, new PageText(reader.ReadInt32(), reader.ReadString()));
        }

        var images = ReadImages(reader);
        var reasons = new string[reader.ReadInt32()];
        for (var index = 0; index < reasons.Length; index++)
        {
            reasons[index] = reader.ReadString();
        }

        return new ExtractedDocument
        {
            MediaType = mediaType,
            PageCount = pageCount,
            ImageCount = imageCount,
            Truncated = truncated,
            UnreadablePageCount = unreadable,
            Pages = pages,
            Images = images,
            ReviewReasons = reasons,
        };
    }

    // A page left as all text layer is sent as -1 segments, so it comes back the same (no explicit list).
    private static void WriteSegments(BinaryWriter writer, PageText page)
    {
        var segments = page.Segments;
        var plain = segments is [{ Start: 0, Origin: var only }] && only == TextOrigin.TextLayer && segments[0].Length == page.Text.Length;
        writer.Write(plain ? -1 : segments.Count);
        if (plain)
        {
            return;
        }

        foreach (var segment in segments)
        {
            writer.Write(segment.Start);
            writer.Write(segment.Length);
            writer.Write((int)segment.Origin.Kind);
            writer.Write(segment.Origin.ImageNumber);
            writer.Write(segment.Origin.Name ?? string.Empty);
        }
    }

    private static PageText ReadSegments(BinaryReader reader, PageText page)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            return page;
        }

        var segments = new TextSegment[count];
        for (var index = 0; index < count; index++)
        {
            var (start, length, kind, image, name) = (reader.ReadInt32(), reader.ReadInt32(), (TextOriginKind)reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
            segments[index] = new TextSegment(start, length, new TextOrigin(kind, image, name.Length == 0 ? null : name));
        }

        return page with { Segments = segments };
    }

    private static void WriteImages(BinaryWriter writer, IReadOnlyList<DocumentImage> images)
    {
        // Copies of one image share their array (PdfImageCollector): the bytes go once, later copies name the first.
        var sent = new Dictionary<byte[], int>(ReferenceEqualityComparer.Instance);
        writer.Write(images.Count);
        for (var index = 0; index < images.Count; index++)
        {
            var image = images[index];
            writer.Write(image.Page);
            writer.Write(image.Number);
            writer.Write(image.Width);
            writer.Write(image.Height);
            writer.Write(image.IsPage);
            writer.Write(image.Frames);
            var whole = MemoryMarshal.TryGetArray(image.Content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length;
            if (whole && sent.TryGetValue(segment.Array!, out var first))
            {
                writer.Write(SameAsEarlierImage);
                writer.Write(first);
                continue;
            }

            if (whole)
            {
                sent[segment.Array!] = index;
            }

            writer.Write(image.Content.Length);
            writer.Write(image.Content.Span);
        }
    }

    private static ReadOnlyMemory<byte> Content(BinaryReader reader, DocumentImage[] images, int index)
    {
        var length = reader.ReadInt32();
        if (length != SameAsEarlierImage)
        {
            return reader.ReadBytes(length);
        }

        var first = reader.ReadInt32();
        return first >= 0 && first < index ? images[first].Content : throw new InvalidDataException($"Image {index} names image {first} as its earlier copy.");
    }

    private static DocumentImage[] ReadImages(BinaryReader reader)
    {
        var images = new DocumentImage[reader.ReadInt32()];
        for (var index = 0; index < images.Length; index++)
        {
            var (page, number, width, height, isPage, frames) =
                (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadInt32());
            images[index] = new DocumentImage
            {
                Page = page,
                Number = number,
                Width = width,
                Height = height,
                IsPage = isPage,
                Frames = frames,
                Content = Content(reader, images, index),
            };
        }

        return images;
    }

    public static byte[] EncodeFailure(string exceptionType, string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(exceptionType);
            writer.Write(message);
        }

        return buffer.ToArray();
    }

    public static (string ExceptionType, string Message) DecodeFailure(byte[] payload)
    {
        using var reader = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
        return (reader.ReadString(), reader.ReadString());
    }

    public static byte[] EncodePage(int number) => BitConverter.GetBytes(number);

    public static int DecodePage(byte[] payload) => BitConverter.ToInt32(payload);
}
