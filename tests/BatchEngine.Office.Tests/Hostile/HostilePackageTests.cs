using System.Diagnostics;
using System.IO.Compression;
using BatchEngine.Office.Tests.Generated;
using BatchEngine.Reading;

namespace BatchEngine.Office.Tests.Hostile;

/// <summary>Zip bombs, macro-enabled and encrypted files each fail alone, cleanly, fast, before the SDK parses them.</summary>
public sealed class HostilePackageTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_docx_zip_bomb_fails_on_its_declared_size()
    {
        // 200 MiB of spaces in document.xml deflate to a few hundred KiB.
        var bomb = ZipPatch.WithParts(GeneratedDocuments.Word(), zip =>
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                part.Write(spaces);
            }
        });

        var error = await FailsQuicklyAsync(bomb);

        Assert.Equal("A part of the Office file declares 209715200 uncompressed bytes, over the limit of 67108864 (BatchEngine:Office:MaxPartBytes); it is taken for a zip bomb.", error.Message);
        Assert.True(bomb.Length < 4_000_000, $"{bomb.Length} bytes");
    }

    [Fact]
    public async Task A_part_that_decompresses_past_its_declared_size_never_gives_more_than_it_declares()
    {
        // The archive says 1,000 bytes; the deflated stream holds 10 MiB. The ZIP reader stops each part at
        // its declared size, so the lie costs nothing: the document is read, and its text is intact.
        var liar = ZipPatch.DeclareSize(
            ZipPatch.WithParts(GeneratedDocuments.Word(), zip =>
            {
                using var part = zip.CreateEntry("word/media/padding.bin", CompressionLevel.Fastest).Open();
                part.Write(new byte[10 << 20]);
            }),
            "word/media/padding.bin",
            1_000);

        using (var zip = new ZipArchive(new MemoryStream(liar), ZipArchiveMode.Read))
        using (var part = zip.GetEntry("word/media/padding.bin")!.Open())
        {
            var read = 0L;
            var buffer = new byte[81_920];
            int n;
            while ((n = await part.ReadAsync(buffer)) > 0)
            {
                read += n;
            }

            Assert.True(read <= 1_000, $"{read} bytes came out of a part declaring 1,000");
        }

        var document = await OfficeTestKit.ReadAsync(liar);
        Assert.Contains("The budget is twelve million dollars.", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_with_ten_thousand_parts_fails_on_the_part_count()
    {
        var crowded = ZipPatch.WithParts(GeneratedDocuments.Word(), zip =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                using var _ = zip.CreateEntry($"word/extra/part{i}.xml", CompressionLevel.Fastest).Open();
            }
        });

        var error = await FailsQuicklyAsync(crowded);

        Assert.StartsWith("The Office file has 10", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("parts, over the limit of 5000 (BatchEngine:Office:MaxParts); it is taken for a zip bomb.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pptx_declaring_a_1_gb_part_fails_without_reading_it()
    {
        var deck = await File.ReadAllBytesAsync(Path.Combine(OfficeTestKit.CorpusFolder, "pptx_test.pptx"));
        var huge = ZipPatch.DeclareSize(
            ZipPatch.WithParts(deck, zip =>
            {
                using var part = zip.CreateEntry("ppt/media/huge.bin", CompressionLevel.NoCompression).Open();
                part.Write("small"u8);
            }),
            "ppt/media/huge.bin",
            1u << 30);

        var error = await FailsQuicklyAsync(huge);

        Assert.Equal("A part of the Office file declares 1073741824 uncompressed bytes, over the limit of 67108864 (BatchEngine:Office:MaxPartBytes); it is taken for a zip bomb.", error.Message);
    }

    [Fact]
    public async Task A_macro_enabled_document_is_refused_by_name()
    {
        var macro = ZipPatch.WithParts(GeneratedDocuments.Word(), zip =>
        {
            var types = zip.GetEntry("[Content_Types].xml")!;
            string xml;
            using (var reader = new StreamReader(types.Open()))
            {
                xml = reader.ReadToEnd();
            }

            types.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write(xml.Replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
                StringComparison.Ordinal));
        });

        var error = await FailsQuicklyAsync(macro);

        Assert.StartsWith("The document is a macro-enabled Office file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_office_file_is_refused_as_an_ole_compound_document()
    {
        // Password-protected DOCX/XLSX/PPTX are OLE compound files that wrap the encrypted package.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var error = await FailsQuicklyAsync(ole);

        Assert.StartsWith("The file is an OLE compound document: a password-protected (encrypted) Office file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_package_fails_as_damaged()
    {
        var whole = GeneratedDocuments.Word();

        var error = await FailsQuicklyAsync(whole.AsSpan(0, whole.Length / 2).ToArray());

        Assert.StartsWith("The Office file is damaged or truncated", error.Message, StringComparison.Ordinal);
    }

    private static async Task<DocumentReadException> FailsQuicklyAsync(byte[] content)
    {
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeTestKit.ReadAsync(content));
        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
        return error;
    }
}
