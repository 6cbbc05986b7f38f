using System.Text;
using BatchEngine.Reading;

namespace BatchEngine.Isolation;

/// <summary>Encodes an <see cref="ExtractedDocument"/> (a <see cref="FrameKind.Result"/> payload) and a reader failure.</summary>
internal static class ExtractionResultCodec
{
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
            pages[index] = new PageText(reader.ReadInt32(), reader.ReadString());
        }

        return new ExtractedDocument
        {
            MediaType = mediaType,
            PageCount = pageCount,
            ImageCount = imageCount,
            Truncated = truncated,
            UnreadablePageCount = unreadable,
            Pages = pages,
        };
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
