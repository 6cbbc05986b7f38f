using System.Net.Http.Headers;
using System.Text;

namespace BatchEngine.Tests.Support;

/// <summary>
/// Writes a multipart/form-data body byte for byte, so a test controls exactly what the server sees:
/// hostile file names, <c>filename*</c>, missing fields, broken framing.
/// </summary>
internal static class RawMultipart
{
    public const string Boundary = "----BatchEngineTestBoundary7MA4YWxkTrZu0gW";

    /// <summary>One part: its Content-Disposition parameters as written, and its bytes.</summary>
    public sealed record Part(string Disposition, byte[] Content, string ContentType = "application/octet-stream");

    /// <summary>A file part in field <paramref name="field"/> with <c>filename="name"</c> written raw (UTF-8).</summary>
    public static Part File(string name, byte[] content, string field = "files") =>
        new($"form-data; name=\"{field}\"; filename=\"{name}\"", content);

    public static byte[] Body(IEnumerable<Part> parts, bool close = true)
    {
        using var body = new MemoryStream();
        foreach (var part in parts)
        {
            Write(body, $"--{Boundary}\r\nContent-Disposition: {part.Disposition}\r\nContent-Type: {part.ContentType}\r\n\r\n");
            body.Write(part.Content);
            Write(body, "\r\n");
        }

        if (close)
        {
            Write(body, $"--{Boundary}--\r\n");
        }

        return body.ToArray();
    }

    public static HttpContent Content(byte[] body, string boundary = Boundary)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    public static HttpContent Content(params Part[] parts) => Content(Body(parts));

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
