using System.Buffers.Binary;
using System.Diagnostics;
using BatchEngine.Reading;

namespace BatchEngine.Tests.Reading.Ocr;

/// <summary>Hostile images fail their own document, cleanly, well within the OCR timeouts, and leave nothing behind.</summary>
[Collection(TesseractProcesses.Name)]
public sealed class HostileImageTests
{
    [Fact]
    public async Task An_image_bomb_fails_from_its_header_before_anything_decodes_it()
    {
        await using var kit = new OcrTestKit();
        var bomb = PngWithSize(OcrTestKit.Render(OcrTestKit.PdfOf("x")), width: 200_000, height: 200_000);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => kit.ExtractAsync(bomb));

        Assert.Contains("200000 x 200000 pixels, over the limit of 100000000 pixels", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < kit.Options.Ocr.ImageTimeout, $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_truncated_png_fails_with_the_image_librarys_reason()
    {
        await using var kit = new OcrTestKit();
        var png = OcrTestKit.Render(OcrTestKit.PdfOf("This page is cut in half on purpose"));
        var truncated = png.AsSpan(0, png.Length / 2).ToArray();
        var before = OcrFolders();

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => kit.ExtractAsync(truncated));

        Assert.StartsWith("OCR could not read image 1 on page 1: Tesseract could not read the image (exit code 1", error.Message, StringComparison.Ordinal);
        Assert.Empty(await FoldersLeftSince(before));
    }

    [Fact]
    public async Task An_image_over_its_timeout_is_killed_and_the_document_says_so()
    {
        // One millisecond is too short for any image: the process is killed and the reason kept.
        await using var kit = new OcrTestKit(o => o.Ocr.ImageTimeout = TimeSpan.FromMilliseconds(1));
        var png = OcrTestKit.Render(OcrTestKit.PdfOf("Too slow to be read"));

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => kit.ExtractAsync(png));

        Assert.Contains("OCR did not finish within 0 s; its process was killed", error.Message, StringComparison.Ordinal);
        Assert.Empty(ChildProcesses("tesseract"));
    }

    [Fact]
    public async Task A_pdf_image_declaring_a_huge_size_fails_its_document()
    {
        // pdf.js issue18042 declares 7300 x 7600 JPEGs: over a lowered cap, the document fails, nothing decoded.
        await using var kit = new OcrTestKit(o => o.Ocr.MaxPixelsPerImage = 10_000_000);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => kit.ExtractAsync(Corpus.Bytes("broken/pdfjs_issue18042.pdf")));

        Assert.Contains("is 7300 x 7600 pixels, over the limit of 10000000 pixels", error.Message, StringComparison.Ordinal);
    }

    // This process's live children of a name, from /proc (Linux): a killed OCR process leaves none.
    private static List<int> ChildProcesses(string name)
    {
        var children = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                var comm = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                if (comm == name && fields[0] != "Z" && int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) == Environment.ProcessId)
                {
                    children.Add(int.Parse(Path.GetFileName(folder), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process folder, or the process ended while being read.
            }
        }

        return children;
    }

    /// <summary>
    /// OCR folders that appeared since <paramref name="before"/> and are still there after a grace period: other
    /// tests in this process read images at the same time, and their folders come and go; a leaked one stays.
    /// </summary>
    private static async Task<string[]> FoldersLeftSince(string[] before)
    {
        string[] left = [.. OcrFolders().Except(before)];
        for (int attempt = 0; attempt < 50 && left.Length > 0; attempt++)
        {
            await Task.Delay(200);
            left = [.. left.Where(Directory.Exists)];
        }

        return left;
    }

    private static string[] OcrFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), "batchengine-ocr-*").Order(StringComparer.Ordinal)];

    // A real PNG whose header (with a valid checksum) declares another size: the pixels never match it.
    private static byte[] PngWithSize(byte[] png, uint width, uint height)
    {
        var copy = png.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(29), Crc32(copy.AsSpan(12, 17)));
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
